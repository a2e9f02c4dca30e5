import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kiosk
import Kiosk.App

// "Thủ tục và lệ phí": the immigration procedures of this site, with who they
// are for, the papers to bring, the fee, the return time and how results come
// back. Search works without diacritics ("ho chieu" finds "hộ chiếu").
Item {
    id: screen
    objectName: "proceduresScreen"

    Component.onCompleted: {
        ProcedureGuide.query = ""
        ProcedureGuide.refresh()
    }

    component DetailLine: Column {
        id: line
        property string label
        property string value
        property string note
        width: parent ? parent.width : 0
        spacing: Theme.px(4)
        visible: value !== ""
        Text {
            text: line.label
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
        Text {
            width: parent.width
            text: line.value
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.WordWrap
        }
        Text {
            width: parent.width
            visible: line.note !== ""
            text: line.note
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TopBar {
            Layout.fillWidth: true
            onLanguageRequested: languagePicker.open()
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            spacing: Theme.spacing

            ScreenTitle {
                Layout.fillWidth: true
                text: qsTr("Procedures and fees")
            }

            TextField {
                id: searchField
                objectName: "procedureSearch"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.minTouch + Theme.px(8)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("Search, e.g. \"ho chieu\"")
                inputMethodHints: Qt.ImhNoPredictiveText
                onTextChanged: ProcedureGuide.query = text
                leftPadding: Theme.px(24)
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: Theme.px(3)
                    border.color: searchField.activeFocus ? Theme.primaryLight : Theme.border
                }
            }

            GridLayout {
                id: panes
                Layout.fillWidth: true
                Layout.fillHeight: true
                columns: Theme.portrait ? 1 : 2
                rowSpacing: Theme.spacing
                columnSpacing: Theme.spacing

                ListView {
                    id: list
                    objectName: "procedureList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: Theme.portrait ? panes.width : (panes.width - panes.columnSpacing) * 0.45
                    Layout.preferredHeight: Theme.portrait ? (panes.height - panes.rowSpacing) * 0.4 : panes.height
                    clip: true
                    spacing: Theme.px(12)
                    model: ProcedureGuide
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar { width: Theme.px(16); policy: ScrollBar.AsNeeded }
                    delegate: Rectangle {
                        id: row
                        required property string code
                        required property string name
                        required property string fee
                        required property string returnTime
                        readonly property bool current: ProcedureGuide.selectedCode === code
                        objectName: "procedure_" + code
                        width: ListView.view.width - Theme.px(20)
                        height: Math.max(Theme.minTouch, rowColumn.implicitHeight + Theme.px(28))
                        radius: Theme.radius
                        color: current ? Theme.primary : Theme.surface
                        border.color: current ? Theme.primary : Theme.border
                        border.width: Theme.px(2)
                        Column {
                            id: rowColumn
                            anchors.verticalCenter: parent.verticalCenter
                            anchors.left: parent.left
                            anchors.right: parent.right
                            anchors.margins: Theme.px(20)
                            spacing: Theme.px(4)
                            Text {
                                width: parent.width
                                text: row.name
                                color: row.current ? Theme.textOnPrimary : Theme.text
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                wrapMode: Text.WordWrap
                            }
                            Text {
                                width: parent.width
                                text: row.fee + "  ·  " + row.returnTime
                                color: row.current ? Theme.textOnPrimary : Theme.textMuted
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.WordWrap
                            }
                        }
                        TapHandler { onTapped: ProcedureGuide.select(row.code) }
                    }
                    Text {
                        anchors.centerIn: parent
                        width: parent.width - Theme.px(40)
                        visible: list.count === 0
                        objectName: "procedureNoMatch"
                        text: qsTr("No procedure matches these words.")
                        horizontalAlignment: Text.AlignHCenter
                        color: Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.WordWrap
                    }
                }

                Rectangle {
                    id: detailsCard
                    objectName: "procedureDetails"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: Theme.portrait ? panes.width : (panes.width - panes.columnSpacing) * 0.55
                    Layout.preferredHeight: Theme.portrait ? (panes.height - panes.rowSpacing) * 0.6 : panes.height
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.border
                    border.width: Theme.px(2)
                    readonly property var p: ProcedureGuide.selected

                    Flickable {
                        anchors.fill: parent
                        anchors.margins: Theme.px(28)
                        contentHeight: details.implicitHeight
                        clip: true
                        boundsBehavior: Flickable.StopAtBounds
                        ScrollBar.vertical: ScrollBar { width: Theme.px(16); policy: ScrollBar.AsNeeded }
                        Column {
                            id: details
                            width: parent.width
                            spacing: Theme.px(20)
                            readonly property var p: detailsCard.p
                            Text {
                                width: parent.width
                                visible: !details.p.code
                                text: qsTr("Touch a procedure to see what to bring and what it costs.")
                                color: Theme.textMuted
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontBody
                                wrapMode: Text.WordWrap
                            }
                            Text {
                                objectName: "procedureName"
                                width: parent.width
                                text: details.p.name || ""
                                color: Theme.primary
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontTitle * 0.75
                                font.bold: true
                                wrapMode: Text.WordWrap
                                lineHeight: 1.15
                            }
                            DetailLine { label: qsTr("Who it is for"); value: details.p.forWhom || "" }
                            DetailLine {
                                objectName: "procedureFee"
                                label: qsTr("Fee")
                                value: details.p.fee || ""
                                note: [details.p.feeNote || "", details.p.usdNote || ""].filter(s => s !== "").join(" ")
                            }
                            DetailLine {
                                label: qsTr("Result ready in")
                                value: details.p.returnTime || ""
                                note: details.p.returnNote || ""
                            }
                            DetailLine { label: qsTr("How you get the result"); value: details.p.delivery || "" }
                            DetailLine { label: qsTr("Can it be done online?"); value: details.p.online || "" }
                            Column {
                                width: parent.width
                                spacing: Theme.px(8)
                                visible: (details.p.papers || []).length > 0
                                Text {
                                    text: qsTr("Papers to bring")
                                    color: Theme.textMuted
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontSmall
                                }
                                Repeater {
                                    model: details.p.papers || []
                                    Text {
                                        required property string modelData
                                        width: details.width
                                        text: "•  " + modelData
                                        color: Theme.text
                                        font.family: Theme.fontFamily
                                        font.pixelSize: Theme.fontBody
                                        wrapMode: Text.WordWrap
                                    }
                                }
                            }
                        }
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Text {
                    objectName: "catalogueNote"
                    Layout.fillWidth: true
                    text: ProcedureGuide.catalogueNote
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
                KioskButton {
                    objectName: "proceduresBack"
                    text: qsTr("Back to services")
                    outlined: true
                    textColor: Theme.primary
                    onClicked: KioskSession.backToHome()
                }
            }
        }
    }

    LanguagePicker { id: languagePicker }
}
