#include "kiosk/photo/photo_report.h"

#include <algorithm>
#include <cmath>

namespace motcua::photo {

std::string_view checkCode(CheckId id)
{
    switch (id) {
    case CheckId::FaceCount: return "photo.face_count";
    case CheckId::Centring: return "photo.centring";
    case CheckId::HeadSize: return "photo.head_size";
    case CheckId::Resolution: return "photo.resolution";
    case CheckId::EyeLine: return "photo.eye_line";
    case CheckId::Roll: return "photo.roll";
    case CheckId::Yaw: return "photo.yaw";
    case CheckId::Pitch: return "photo.pitch";
    case CheckId::EyesOpen: return "photo.eyes_open";
    case CheckId::MouthClosed: return "photo.mouth_closed";
    case CheckId::Glare: return "photo.glare";
    case CheckId::Exposure: return "photo.exposure";
    case CheckId::Illumination: return "photo.illumination";
    case CheckId::Background: return "photo.background";
    case CheckId::BackgroundShadow: return "photo.background_shadow";
    case CheckId::Sharpness: return "photo.sharpness";
    }
    return "photo.unknown";
}

std::optional<CheckId> checkFromCode(std::string_view code)
{
    for (CheckId id : kAllChecks) {
        if (checkCode(id) == code) {
            return id;
        }
    }
    return std::nullopt;
}

std::string_view outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pass: return "pass";
    case Outcome::Fail: return "fail";
    case Outcome::NotMeasured: return "not_measured";
    }
    return "unknown";
}

bool PhotoReport::accepted() const
{
    const PhotoCheck *faces = check(CheckId::FaceCount);
    return faces != nullptr && faces->outcome == Outcome::Pass && failedChecks().empty();
}

const PhotoCheck *PhotoReport::check(CheckId id) const
{
    const auto it = std::find_if(checks.begin(), checks.end(), [id](const PhotoCheck &c) { return c.id == id; });
    return it == checks.end() ? nullptr : &*it;
}

std::vector<CheckId> PhotoReport::failedChecks() const
{
    std::vector<CheckId> failed;
    for (const auto &c : checks) {
        // Pose and eyes that could not be measured block acceptance too.
        const bool required = c.id != CheckId::MouthClosed && faceCount == 1;
        if (c.outcome == Outcome::Fail || (required && c.outcome == Outcome::NotMeasured)) {
            failed.push_back(c.id);
        }
    }
    std::sort(failed.begin(), failed.end());
    return failed;
}

double PhotoReport::score() const
{
    if (!face) {
        return -1e9;
    }
    double score = -1000.0 * static_cast<double>(failedChecks().size());
    if (const auto *s = check(CheckId::Sharpness); s && s->outcome != Outcome::NotMeasured) {
        score += std::min(s->value, 1000.0) / 10.0;  // up to 100 for a crisp frame
    }
    for (CheckId id : {CheckId::Roll, CheckId::Yaw, CheckId::Pitch}) {
        if (const auto *c = check(id); c && c->outcome != Outcome::NotMeasured) {
            score -= 2.0 * std::abs(c->value);  // straighter is better
        }
    }
    return score;
}

}  // namespace motcua::photo
