// Lock-down: the key combinations that quit, close, switch or leave full
// screen never reach the kiosk's window, ordinary typing does, context menus
// are refused, the window stays frameless and full screen, and the QML has no
// way out (no browser links, no file dialogs, no menus, no Qt.quit()).
#include <QContextMenuEvent>
#include <QDirIterator>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QWindow>
#include <QtTest>

#include "kiosk/app/lockdown_filter.h"
#include "kiosk/app/technician_exit.h"
#include "kiosk/audit/audit_log.h"
#include "kiosk/store/migrations.h"

using namespace motcua;

namespace {

// Counts the key presses that got through the application's filters.
class KeyCounter : public QObject {
public:
    int presses = 0;

protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            ++presses;
            return true;
        }
        return QObject::event(event);
    }
};

}  // namespace

class LockdownTest : public QObject {
    Q_OBJECT

private:
    bool reaches(int key, Qt::KeyboardModifiers modifiers, const QString &text = {})
    {
        KeyCounter target;
        QKeyEvent press(QEvent::KeyPress, key, modifiers, text);
        QCoreApplication::sendEvent(&target, &press);
        return target.presses == 1;
    }

private slots:
    void initTestCase() { qApp->installEventFilter(&m_filter); }
    void cleanupTestCase() { qApp->removeEventFilter(&m_filter); }

    void swallowsWaysOut_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::newRow("Alt+F4") << int(Qt::Key_F4) << int(Qt::AltModifier);
        QTest::newRow("Ctrl+Q") << int(Qt::Key_Q) << int(Qt::ControlModifier);
        QTest::newRow("Ctrl+W") << int(Qt::Key_W) << int(Qt::ControlModifier);
        QTest::newRow("Ctrl+Shift+Q") << int(Qt::Key_Q) << int(Qt::ControlModifier | Qt::ShiftModifier);
        QTest::newRow("Alt+Tab") << int(Qt::Key_Tab) << int(Qt::AltModifier);
        QTest::newRow("Alt+Shift+Tab") << int(Qt::Key_Backtab) << int(Qt::AltModifier | Qt::ShiftModifier);
        QTest::newRow("Ctrl+Tab") << int(Qt::Key_Tab) << int(Qt::ControlModifier);
        QTest::newRow("Ctrl+Alt+Backspace") << int(Qt::Key_Backspace) << int(Qt::ControlModifier | Qt::AltModifier);
        QTest::newRow("Ctrl+Alt+Delete") << int(Qt::Key_Delete) << int(Qt::ControlModifier | Qt::AltModifier);
        QTest::newRow("Ctrl+Alt+F2") << int(Qt::Key_F2) << int(Qt::ControlModifier | Qt::AltModifier);
        QTest::newRow("F11") << int(Qt::Key_F11) << int(Qt::NoModifier);
        QTest::newRow("Escape") << int(Qt::Key_Escape) << int(Qt::NoModifier);
        QTest::newRow("Super") << int(Qt::Key_Super_L) << int(Qt::MetaModifier);
        QTest::newRow("Super+D") << int(Qt::Key_D) << int(Qt::MetaModifier);
        QTest::newRow("Menu key") << int(Qt::Key_Menu) << int(Qt::NoModifier);
    }
    void swallowsWaysOut()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        const int before = m_filter.swallowed();
        QVERIFY(!reaches(key, Qt::KeyboardModifiers::fromInt(modifiers)));
        QCOMPARE(m_filter.swallowed(), before + 1);
    }

    void letsTypingThrough_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<QString>("text");
        QTest::newRow("a") << int(Qt::Key_A) << int(Qt::NoModifier) << QStringLiteral("a");
        QTest::newRow("Shift+Q") << int(Qt::Key_Q) << int(Qt::ShiftModifier) << QStringLiteral("Q");
        QTest::newRow("w (Telex ư)") << int(Qt::Key_W) << int(Qt::NoModifier) << QStringLiteral("w");
        QTest::newRow("digit") << int(Qt::Key_7) << int(Qt::NoModifier) << QStringLiteral("7");
        QTest::newRow("Enter (scanner)") << int(Qt::Key_Return) << int(Qt::NoModifier) << QStringLiteral("\r");
        QTest::newRow("Backspace") << int(Qt::Key_Backspace) << int(Qt::NoModifier) << QString();
        QTest::newRow("Tab") << int(Qt::Key_Tab) << int(Qt::NoModifier) << QStringLiteral("\t");
        QTest::newRow("AltGr letter") << int(Qt::Key_A) << int(Qt::GroupSwitchModifier) << QStringLiteral("á");
    }
    void letsTypingThrough()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        QFETCH(QString, text);
        QVERIFY(reaches(key, Qt::KeyboardModifiers::fromInt(modifiers), text));
    }

    void refusesContextMenus()
    {
        KeyCounter target;
        QContextMenuEvent menu(QContextMenuEvent::Mouse, QPoint(10, 10));
        QVERIFY(QCoreApplication::sendEvent(&target, &menu));  // filtered: handled, never delivered
        QVERIFY(menu.isAccepted());
    }

    void windowStaysFramelessAndFullScreen()
    {
        QWindow window;
        LockdownFilter::keepFullScreen(window);
        QVERIFY(window.flags().testFlag(Qt::FramelessWindowHint));
        QTRY_COMPARE(window.windowState(), Qt::WindowFullScreen);
        window.showNormal();
        QTRY_COMPARE(window.windowState(), Qt::WindowFullScreen);
        window.showMinimized();
        QTRY_COMPARE(window.windowState(), Qt::WindowFullScreen);
    }

    // Nothing in the interface opens a browser, a file dialog, a menu, or quits.
    void qmlHasNoWayOut()
    {
        const QRegularExpression forbidden(QStringLiteral(
            R"(Qt\.openUrlExternally|onLinkActivated|onLinkHovered|textFormat:\s*Text\.(RichText|StyledText)|)"
            R"(FileDialog|FolderDialog|QtQuick\.Dialogs|QtQuick\.Controls.*Menu\b|\bMenu\s*\{|\bMenuBar\b|)"
            R"(Qt\.quit\(|Qt\.exit\(|\bShortcut\s*\{|StandardKey\.Quit|StandardKey\.Close)"));
        QDirIterator files(QStringLiteral(MOTCUA_SOURCE_DIR "/qml"), {QStringLiteral("*.qml"), QStringLiteral("*.js")},
                           QDir::Files, QDirIterator::Subdirectories);
        int scanned = 0;
        QStringList found;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            int line = 0;
            while (!file.atEnd()) {
                ++line;
                const auto text = QString::fromUtf8(file.readLine());
                if (const auto match = forbidden.match(text); match.hasMatch()) {
                    found << QStringLiteral("%1:%2: %3").arg(file.fileName()).arg(line).arg(match.captured(0));
                }
            }
            ++scanned;
        }
        QVERIFY(scanned > 20);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    // A technician's way out: the session wiped, the closing audited, exit code 0.
    void technicianClosesCleanly()
    {
        auto db = Database::openInMemory();
        QVERIFY(db.has_value());
        QVERIFY(migrate(*db).has_value());
        ManualClock clock;
        CitizenSession session(clock, IdlePolicy{}, "vi");
        QVERIFY(session.start().has_value());
        int exitCode = -1;
        TechnicianExit exit(session, *db, clock, [&exitCode](int code) { exitCode = code; });
        const int wipesBefore = session.wipeCount();
        exit.close(QStringLiteral("kythuat.hung"));
        QCOMPARE(exitCode, 0);
        QCOMPARE(session.wipeCount(), wipesBefore + 1);
        QCOMPARE(session.state(), SessionState::Attract);
        auto rows = AuditLog(*db, clock).list();
        QVERIFY(rows.has_value() && !rows->empty());
        QCOMPARE(rows->back().event, std::string("kiosk.closed_by_technician"));
        QCOMPARE(rows->back().actor, std::string("kythuat.hung"));
    }

private:
    LockdownFilter m_filter;
};

QTEST_MAIN(LockdownTest)
#include "lockdown_test.moc"
