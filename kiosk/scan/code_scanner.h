#pragma once
// The seam for hardware code scanners (keyboard-wedge, USB serial CDC-ACM,
// fake). Backends live in drivers/scanner; the session and the view-models see
// only this. Whatever a scanner delivers goes through the same parsers as a
// camera read (parseCccdPayload, parseReceiptQr).
#include <functional>
#include <string>
#include <string_view>

#include "kiosk/core/result.h"

namespace motcua {

struct ScannedCode {
    std::string text;     // as the scanner sent it, line end removed
    std::string backend;  // "keyboard", "serial", "fake": which path it took
};

class CodeScanner {
public:
    using CodeHandler = std::function<void(const ScannedCode &)>;
    using ErrorHandler = std::function<void(const Error &)>;

    virtual ~CodeScanner() = default;
    // Begins delivering codes; handlers may be called from a reader thread.
    virtual Status start(CodeHandler onCode, ErrorHandler onError) = 0;
    virtual void stop() = 0;
    virtual std::string_view backendName() const = 0;
    // Keyboard-wedge scanners garble non-ASCII text (layout-dependent), so an
    // ID card's Vietnamese fields read through one must not be trusted.
    virtual bool carriesUtf8Intact() const = 0;
};

}  // namespace motcua
