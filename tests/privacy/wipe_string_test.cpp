// wipeString() and WipeOnExit (kiosk/privacy/secure_wipe.h): the outbox payload, the form answers and
// the photo pass through std::string on their way to the portal; once used, every byte of the buffer
// reads zero, the bytes past an older, longer value's end too.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "kiosk/privacy/secure_wipe.h"

using namespace motcua;

namespace {

bool allZero(const char *bytes, size_t count)
{
    return std::all_of(bytes, bytes + count, [](char c) { return c == 0; });
}

}  // namespace

TEST(WipeString, ZeroesTheWholeBufferAndEmptiesTheString)
{
    std::string photo(4096, 'J');
    const char *buffer = photo.data();
    photo = "short now";  // same buffer: the old bytes stay behind the new end
    ASSERT_EQ(photo.data(), buffer);
    const size_t capacity = photo.capacity();
    wipeString(photo);
    EXPECT_TRUE(photo.empty());
    ASSERT_EQ(photo.data(), buffer);  // still this string's, so it can be read here
    EXPECT_TRUE(allZero(buffer, capacity));
}

TEST(WipeString, WipeOnExitWipesWhenTheScopeEndsEarly)
{
    std::string payload(2000, 'P');
    std::string answers(300, 'A');
    const char *p = payload.data();
    const char *a = answers.data();
    auto send = [&]() -> bool {
        const WipeOnExit wipe{&payload, &answers};
        if (payload.size() > 10) {
            return false;  // an early return, as on an unreadable payload
        }
        return true;
    };
    EXPECT_FALSE(send());
    EXPECT_TRUE(payload.empty() && answers.empty());
    EXPECT_TRUE(allZero(p, 2000));
    EXPECT_TRUE(allZero(a, 300));
}
