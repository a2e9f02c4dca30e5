#pragma once
// The display board (`motcua-kiosk --display`, a TV): the numbers being called
// now and their counters, the last few called, and for each new call a chime
// and the spoken call (drivers/voice). Follows the queue's event stream
// (embedded queue or the site's hub) by polling it once a second; with a
// site hub the polls and the speech synthesis run off the UI thread, so a
// slow link never freezes the board.
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <deque>
#include <filesystem>
#include <memory>

#include "drivers/voice/call_announcer.h"
#include "kiosk/app/hub_worker.h"
#include "kiosk/app/qml_instance.h"
#include "kiosk/queue/queue_hub.h"

namespace motcua {

class QueueBoard : public QObject, public QmlInstance<QueueBoard> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool available READ available CONSTANT)
    // The window shows the board instead of the citizen's screens (display mode, --screen board).
    Q_PROPERTY(bool active READ active NOTIFY activeChanged)
    // Speak new calls (display mode; tests switch it on).
    Q_PROPERTY(bool speaking READ speaking WRITE setSpeaking NOTIFY speakingChanged)
    Q_PROPERTY(QVariantList calling READ calling NOTIFY changed)  // [{label, counter, service}], newest first
    Q_PROPERTY(QVariantList recent READ recent NOTIFY changed)  // [{label, counter}], newest first
    Q_PROPERTY(QString latestLabel READ latestLabel NOTIFY changed)
    Q_PROPERTY(int latestCounter READ latestCounter NOTIFY changed)
    Q_PROPERTY(int announcements READ announcements NOTIFY announced)  // calls made into audio
    Q_PROPERTY(QString lastAudio READ lastAudio NOTIFY announced)  // WAV of the last spoken call
    Q_PROPERTY(QString voiceProblem READ voiceProblem NOTIFY announced)  // why the last call was not heard; "" = none

public:
    QueueBoard(queue::QueueHub *hub, std::filesystem::path voiceCache, QStringList voiceLanguages, int recentCount,
               bool remoteHub = false, QObject *parent = nullptr);

    bool available() const { return m_hub != nullptr; }
    bool active() const { return m_active; }
    bool speaking() const { return m_speaking; }
    void setSpeaking(bool speaking);
    QVariantList calling() const { return m_calling; }
    QVariantList recent() const { return m_recent; }
    QString latestLabel() const;
    int latestCounter() const;
    int announcements() const { return m_announcements; }
    QString lastAudio() const { return m_lastAudio; }
    QString voiceProblem() const { return m_voiceProblem; }

    // Display mode: show the board, follow the queue every second and speak calls.
    void startDisplay();
    // Shows the board with made-up calls, for screenshots only.
    void showSampleCalls();

    // Reads new events; announces each new call and refreshes the lists.
    Q_INVOKABLE void poll();

signals:
    void activeChanged();
    void speakingChanged();
    void changed();
    void announced();

private:
    void reload();
    void show(const queue::QueueSnapshot &snapshot);
    void announce(const std::string &label, int counter);
    void queueAudio(const std::vector<Result<std::filesystem::path>> &audio);
    void playNext();

    queue::QueueHub *m_hub;
    std::shared_ptr<voice::CallAnnouncer> m_announcer;  // shared with the synthesis thread
    HubWorker m_worker;  // hub calls: a thread of their own with a site hub
    HubWorker m_voice{true};  // espeak-ng always off the UI thread
    bool m_polling = false;
    QStringList m_voiceLanguages;
    int m_recentCount;
    bool m_active = false;
    bool m_speaking = false;
    bool m_started = false;
    int64_t m_lastSeq = 0;
    QVariantList m_calling;
    QVariantList m_recent;
    int m_announcements = 0;
    QString m_lastAudio;
    QString m_voiceProblem;
    QTimer m_timer;
    QString m_player;  // aplay, pw-play or paplay; "" = none found, calls are shown but not heard
    std::deque<QString> m_playlist;
    std::unique_ptr<QProcess> m_playing;
};

}  // namespace motcua
