#pragma once
// Telex and VNI composition for the on-screen keyboard: a pure state machine
// fed one key at a time. "Nguyeenx Vawn An" (Telex) and "Nguye64n Va8n An"
// (VNI) both give "Nguyễn Văn An".
//
// Telex: aa â, aw ă, ee ê, oo ô, ow ơ, uw ư, uow ươ, w alone ư, dd đ;
//        s sắc, f huyền, r hỏi, x ngã, j nặng, z removes the tone.
// VNI:   6 â ê ô, 7 ơ ư ươ, 8 ă, 9 đ; 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng, 0 no tone.
// Pressing a modifier twice undoes it and types the key ("ass" → "as"); that
// key then stays literal until the word ends. Modifiers may come after the
// rest of the word ("tieengs" and "tiengse" both give "tiếng"), as Unikey allows.
// The tone goes where modern rules ("kiểu mới") put it: on the marked vowel
// (ê, ơ, â …); else on the last vowel before a final consonant; else on the
// second vowel of oa/oe/uy and the middle of three; else on the first.
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/form/vietnamese_letters.h"

namespace motcua::form {

enum class InputMethod { Telex, Vni };

class VietnameseComposer {
public:
    explicit VietnameseComposer(InputMethod method = InputMethod::Telex);

    void type(char32_t key);
    void typeKeys(std::string_view utf8Keys);  // one key per character
    void backspace();
    void clear();

    void setMethod(InputMethod method);
    InputMethod method() const { return m_method; }

    // Everything typed so far, composed, NFC.
    std::string text() const;

private:
    struct Letter {
        char32_t base;  // a–z
        bool upper;
        Mark mark;
    };
    struct Cluster {
        size_t begin = 0, end = 0;  // the vowel nucleus [begin, end)
        bool hasFinal = false;      // a consonant follows
        bool empty() const { return begin == end; }
    };

    bool applyModifier(char32_t key);
    bool applyTone(char32_t key, Tone tone);
    bool applyCircumflex(char32_t key, char32_t base);
    bool applyHorn(char32_t key);
    bool applyBreve(char32_t key);
    bool applyStroke(char32_t key);
    void appendLiteral(char32_t key);
    void undo(char32_t key);
    void commitWord();

    Cluster cluster() const;
    size_t tonePosition(const Cluster &c) const;
    std::u32string renderWord() const;

    InputMethod m_method;
    std::u32string m_committed;
    std::vector<Letter> m_word;
    Tone m_tone = Tone::None;
    std::u32string m_literalKeys;  // keys undone in this word
};

// Convenience: the composed text of a whole key sequence.
std::string composeVietnamese(std::string_view utf8Keys, InputMethod method = InputMethod::Telex);

}  // namespace motcua::form
