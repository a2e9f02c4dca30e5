#include "kiosk/form/vietnamese_composer.h"

#include <algorithm>

#include "kiosk/form/utf8.h"

namespace motcua::form {
namespace {

char32_t lower(char32_t c) { return c >= U'A' && c <= U'Z' ? c - U'A' + U'a' : c; }
bool isAsciiLetter(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }

}  // namespace

VietnameseComposer::VietnameseComposer(InputMethod method) : m_method(method) {}

void VietnameseComposer::setMethod(InputMethod method)
{
    commitWord();
    m_method = method;
}

void VietnameseComposer::clear()
{
    m_committed.clear();
    m_word.clear();
    m_tone = Tone::None;
    m_literalKeys.clear();
}

void VietnameseComposer::typeKeys(std::string_view utf8Keys)
{
    for (char32_t key : decodeUtf8(utf8Keys)) {
        type(key);
    }
}

void VietnameseComposer::type(char32_t key)
{
    const bool literal = m_literalKeys.find(lower(key)) != std::u32string::npos;
    if (!literal && applyModifier(key)) {
        return;
    }
    if (isAsciiLetter(key)) {
        appendLiteral(key);
        return;
    }
    // Anything else (space, punctuation, a digit VNI could not use, a letter
    // already accented by long-press) ends the word and goes in as typed.
    commitWord();
    m_committed.push_back(key);
}

void VietnameseComposer::backspace()
{
    if (!m_word.empty()) {
        m_word.pop_back();
        if (cluster().empty()) {
            m_tone = Tone::None;
        }
        if (m_word.empty()) {
            m_literalKeys.clear();
        }
        return;
    }
    if (!m_committed.empty()) {
        m_committed.pop_back();
    }
}

std::string VietnameseComposer::text() const
{
    std::u32string all = m_committed;
    all += renderWord();
    return encodeUtf8(all);
}

bool VietnameseComposer::applyModifier(char32_t key)
{
    const char32_t k = lower(key);
    if (m_method == InputMethod::Telex) {
        switch (k) {
        case U's': return applyTone(key, Tone::Acute);
        case U'f': return applyTone(key, Tone::Grave);
        case U'r': return applyTone(key, Tone::Hook);
        case U'x': return applyTone(key, Tone::Tilde);
        case U'j': return applyTone(key, Tone::Dot);
        case U'z': return applyTone(key, Tone::None);
        case U'a': case U'e': case U'o': return applyCircumflex(key, k);
        case U'w': return applyHorn(key) || applyBreve(key);
        case U'd': return applyStroke(key);
        default: return false;
        }
    }
    switch (k) {
    case U'1': return applyTone(key, Tone::Acute);
    case U'2': return applyTone(key, Tone::Grave);
    case U'3': return applyTone(key, Tone::Hook);
    case U'4': return applyTone(key, Tone::Tilde);
    case U'5': return applyTone(key, Tone::Dot);
    case U'0': return applyTone(key, Tone::None);
    case U'6': return applyCircumflex(key, 0);
    case U'7': return applyHorn(key);
    case U'8': return applyBreve(key);
    case U'9': return applyStroke(key);
    default: return false;
    }
}

bool VietnameseComposer::applyTone(char32_t key, Tone tone)
{
    if (cluster().empty()) {
        return false;
    }
    if (tone == Tone::None) {  // z / 0
        if (m_tone == Tone::None) {
            return false;
        }
        m_tone = Tone::None;
        return true;
    }
    if (m_tone == tone) {
        m_tone = Tone::None;
        undo(key);
        return true;
    }
    m_tone = tone;
    return true;
}

// Telex passes the doubled letter (a, e, o); VNI's 6 passes 0 and takes the
// last a, e or o of the nucleus.
bool VietnameseComposer::applyCircumflex(char32_t key, char32_t base)
{
    const Cluster c = cluster();
    for (size_t i = c.end; i-- > c.begin;) {
        Letter &letter = m_word[i];
        const bool candidate = base ? letter.base == base
                                    : (letter.base == U'a' || letter.base == U'e' || letter.base == U'o');
        if (!candidate) {
            continue;
        }
        if (letter.mark == Mark::Circumflex) {
            letter.mark = Mark::None;
            undo(key);
        } else {
            letter.mark = Mark::Circumflex;
        }
        return true;
    }
    return false;
}

bool VietnameseComposer::applyHorn(char32_t key)
{
    const Cluster c = cluster();
    if (c.empty()) {
        // Telex's lone w types ư (as at the start of "ưng"); VNI's 7 needs a vowel.
        if (m_method == InputMethod::Telex) {
            m_word.push_back({U'u', key == U'W', Mark::Horn});
            return true;
        }
        return false;
    }
    // ươ: "uow" marks both, as in người, được.
    for (size_t i = c.begin; i + 1 < c.end; ++i) {
        if (m_word[i].base == U'u' && m_word[i + 1].base == U'o') {
            const bool both = m_word[i].mark == Mark::Horn && m_word[i + 1].mark == Mark::Horn;
            if (m_word[i + 1].mark == Mark::Circumflex) {
                break;  // uô stays; the w goes to nothing else
            }
            m_word[i].mark = m_word[i + 1].mark = both ? Mark::None : Mark::Horn;
            if (both) {
                undo(key);
            }
            return true;
        }
    }
    auto mark = [&](size_t i) {
        if (m_word[i].mark == Mark::Horn) {
            m_word[i].mark = Mark::None;
            undo(key);
        } else {
            m_word[i].mark = Mark::Horn;
        }
        return true;
    };
    for (size_t i = c.begin; i < c.end; ++i) {
        if (m_word[i].base == U'u') {
            return mark(i);
        }
    }
    for (size_t i = c.begin; i < c.end; ++i) {
        // o before a is the oa of "hoa": the w is meant for the a (oă, "xoăn").
        const bool beforeA = i + 1 < c.end && m_word[i + 1].base == U'a';
        if (m_word[i].base == U'o' && !beforeA) {
            return mark(i);
        }
    }
    return false;
}

bool VietnameseComposer::applyBreve(char32_t key)
{
    const Cluster c = cluster();
    for (size_t i = c.end; i-- > c.begin;) {
        if (m_word[i].base == U'a') {
            if (m_word[i].mark == Mark::Breve) {
                m_word[i].mark = Mark::None;
                undo(key);
            } else {
                m_word[i].mark = Mark::Breve;
            }
            return true;
        }
    }
    return false;
}

bool VietnameseComposer::applyStroke(char32_t key)
{
    if (m_word.empty() || m_word.front().base != U'd') {
        return false;
    }
    if (m_word.front().mark == Mark::Stroke) {
        m_word.front().mark = Mark::None;
        undo(key);
    } else {
        m_word.front().mark = Mark::Stroke;
    }
    return true;
}

void VietnameseComposer::appendLiteral(char32_t key)
{
    const bool upper = key >= U'A' && key <= U'Z';
    m_word.push_back({lower(key), upper, Mark::None});
}

// The doubled key cancels the change, is typed itself, and stays literal.
void VietnameseComposer::undo(char32_t key)
{
    m_literalKeys.push_back(lower(key));
    if (isAsciiLetter(key)) {
        appendLiteral(key);
    } else {
        // A VNI digit: the word so far plus the digit, as typed.
        commitWord();
        m_committed.push_back(key);
    }
}

void VietnameseComposer::commitWord()
{
    m_committed += renderWord();
    m_word.clear();
    m_tone = Tone::None;
    m_literalKeys.clear();
}

VietnameseComposer::Cluster VietnameseComposer::cluster() const
{
    Cluster c;
    const size_t n = m_word.size();
    size_t start = 0;
    while (start < n && !isVowelBase(m_word[start].base)) {
        ++start;
    }
    if (start == n) {
        c.begin = c.end = n;
        return c;
    }
    // In "qu…" and "gi…" the u and the i belong to the initial consonant when
    // another vowel follows (quá, giá), but not in "gì".
    if (start == 1 && start + 1 < n && isVowelBase(m_word[start + 1].base) && m_word[start].mark == Mark::None &&
        ((m_word[0].base == U'q' && m_word[1].base == U'u') || (m_word[0].base == U'g' && m_word[1].base == U'i'))) {
        start = 2;
    }
    size_t end = start;
    while (end < n && isVowelBase(m_word[end].base)) {
        ++end;
    }
    c.begin = start;
    c.end = end;
    c.hasFinal = end < n;
    return c;
}

size_t VietnameseComposer::tonePosition(const Cluster &c) const
{
    for (size_t i = c.end; i-- > c.begin;) {
        if (m_word[i].mark != Mark::None) {
            return i;  // ê ơ â ă ô ư; for ươ the ơ
        }
    }
    const size_t length = c.end - c.begin;
    if (length == 1 || c.hasFinal) {
        return c.end - 1;
    }
    if (length >= 3) {
        return c.begin + 1;
    }
    const char32_t first = m_word[c.begin].base;
    const char32_t second = m_word[c.begin + 1].base;
    const bool modernSecond =
        (first == U'o' && (second == U'a' || second == U'e')) || (first == U'u' && second == U'y');
    return modernSecond ? c.begin + 1 : c.begin;
}

std::u32string VietnameseComposer::renderWord() const
{
    std::u32string out;
    const Cluster c = cluster();
    const size_t tonedAt = (m_tone != Tone::None && !c.empty()) ? tonePosition(c) : m_word.size();
    for (size_t i = 0; i < m_word.size(); ++i) {
        const Letter &letter = m_word[i];
        LetterParts parts{letter.base, letter.upper, letter.mark, i == tonedAt ? m_tone : Tone::None};
        auto composed = composeLetter(parts);
        if (!composed) {  // a mark the letter cannot carry: drop the mark
            parts.mark = Mark::None;
            composed = composeLetter(parts);
        }
        out.push_back(composed.value_or(letter.base));
    }
    return out;
}

std::string composeVietnamese(std::string_view utf8Keys, InputMethod method)
{
    VietnameseComposer composer(method);
    composer.typeKeys(utf8Keys);
    return composer.text();
}

}  // namespace motcua::form
