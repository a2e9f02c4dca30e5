import QtQuick

// Messages a guide can pick when taking the kiosk out of service. Stored as
// the English source, so citizens read them in their own language
// (qsTranslate("OutOfServicePresets", …)); typed messages show as typed.
QtObject {
    readonly property var messages: [
        QT_TR_NOOP("The printer is being refilled. Please come back in a few minutes."),
        QT_TR_NOOP("Maintenance in progress. Please use the other kiosk or the counter."),
        QT_TR_NOOP("This kiosk is closed for today. Please use the counter.")
    ]
}
