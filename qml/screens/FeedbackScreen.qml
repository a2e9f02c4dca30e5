import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk
import Kiosk.App

// After "Finish" or a completed service: how was it? One tap on a face, an
// optional suggestion, or "Skip". The citizen's data is already wiped; this
// screen closes by itself after FeedbackForm.secondsAllowed without a touch.
Item {
    id: screen
    objectName: "feedbackScreen"

    readonly property var levels: [
        qsTr("Very dissatisfied"), qsTr("Dissatisfied"), qsTr("Neutral"), qsTr("Satisfied"), qsTr("Very satisfied")
    ]

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // No session buttons here: the session is over. Accessibility stays at hand.
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: header.implicitHeight + Theme.px(32)
            color: Theme.darkGround
            RowLayout {
                id: header
                anchors.fill: parent
                anchors.leftMargin: Theme.margin
                anchors.rightMargin: Theme.margin
                Text {
                    Layout.fillWidth: true
                    text: SiteInfo.name
                    color: Theme.textOnDark
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    elide: Text.ElideRight
                    maximumLineCount: 2
                    wrapMode: Text.WordWrap
                }
                AccessibilityBar {}
            }
        }

        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: content.implicitHeight + Theme.margin * 2
            clip: true
            boundsBehavior: Flickable.StopAtBounds

            ColumnLayout {
                id: content
                x: Theme.margin
                y: Theme.margin
                width: flick.width - Theme.margin * 2
                spacing: Theme.spacing

                ScreenTitle {
                    objectName: "feedbackTitle"
                    Layout.fillWidth: true
                    text: FeedbackForm.rating === 0 ? qsTr("How was your visit today?")
                                                    : qsTr("Thank you! Anything we could do better?")
                }
                Text {
                    Layout.fillWidth: true
                    text: FeedbackForm.rating === 0
                          ? qsTr("One touch on a face is enough. Your answer is anonymous and helps the centre serve you better.")
                          : qsTr("You may write a suggestion, or touch Done.")
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.WordWrap
                    lineHeight: 1.15
                }

                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Repeater {
                        model: 5
                        delegate: AbstractButton {
                            id: faceButton
                            required property int index
                            readonly property int level: 5 - index  // very satisfied first, where the eye starts
                            readonly property bool chosen: FeedbackForm.rating === level
                            objectName: "rating-" + level
                            focusPolicy: Qt.NoFocus
                            width: Math.max(Theme.px(96), (content.width - 4 * Theme.spacing) / 5 - 1)
                            height: Math.max(Theme.px(96), faceColumn.implicitHeight + Theme.px(32))
                            Accessible.name: screen.levels[level - 1]
                            onClicked: FeedbackForm.choose(level)

                            background: Rectangle {
                                radius: Theme.radius
                                color: faceButton.down ? Theme.pressedSurface : Theme.surface
                                border.width: faceButton.chosen ? Theme.px(8) : Theme.px(2)
                                border.color: faceButton.chosen ? Theme.primary : Theme.border
                            }
                            contentItem: Item {
                                Column {
                                    id: faceColumn
                                    anchors.centerIn: parent
                                    width: parent.width - Theme.px(16)
                                    spacing: Theme.px(12)
                                    RatingFace {
                                        anchors.horizontalCenter: parent.horizontalCenter
                                        level: faceButton.level
                                        width: Theme.px(132); height: width
                                    }
                                    Text {
                                        width: parent.width
                                        horizontalAlignment: Text.AlignHCenter
                                        text: screen.levels[faceButton.level - 1]
                                        color: Theme.text
                                        font.family: Theme.fontFamily
                                        font.pixelSize: Theme.fontBody
                                        font.bold: faceButton.chosen
                                        wrapMode: Text.WordWrap
                                        lineHeight: 1.15
                                    }
                                }
                            }
                        }
                    }
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    visible: FeedbackForm.rating > 0
                    spacing: Theme.px(12)
                    Text {
                        objectName: "commentWarning"
                        Layout.fillWidth: true
                        text: qsTr("Please do not write your name, ID card number, phone number or address. Numbers like these are removed.")
                        color: Theme.warning
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        wrapMode: Text.WordWrap
                    }
                    TextArea {
                        id: comment
                        objectName: "commentField"
                        Layout.fillWidth: true
                        Layout.preferredHeight: Math.max(Theme.minTouch * 2, implicitHeight)
                        placeholderText: qsTr("Your suggestion (optional)")
                        placeholderTextColor: Theme.textMuted
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        wrapMode: TextEdit.Wrap
                        inputMethodHints: Qt.ImhNoPredictiveText
                        background: Rectangle {
                            radius: Theme.radius
                            color: Theme.surface
                            border.width: Theme.px(3)
                            border.color: comment.activeFocus ? Theme.primaryLight : Theme.border
                        }
                        onTextChanged: if (length > 500) remove(500, length)
                    }
                }

            }
        }

        // Always on screen, whatever the text size: the way out never scrolls away.
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            Layout.topMargin: Theme.spacing
            spacing: Theme.spacing
            Text {
                Layout.fillWidth: true
                text: qsTr("This screen closes by itself after %1 seconds without a touch.").arg(FeedbackForm.secondsAllowed)
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }
            KioskButton {
                objectName: "feedbackSkip"
                visible: FeedbackForm.rating === 0
                text: qsTr("Skip")
                outlined: true
                textColor: Theme.primary
                onClicked: FeedbackForm.skip()
            }
            KioskButton {
                objectName: "feedbackSend"
                visible: FeedbackForm.rating > 0
                text: comment.text.trim() === "" ? qsTr("Done") : qsTr("Send")
                onClicked: {
                    comment.focus = false
                    FeedbackForm.send(comment.text)
                }
            }
        }
    }
}
