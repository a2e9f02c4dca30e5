#include "kiosk/app/queue_board.h"

#include <algorithm>

#include "drivers/voice/wav_player.h"
#include "kiosk/core/log_categories.h"

namespace motcua {
namespace {

QVariantMap callItem(const std::string &label, int counter, const std::string &service)
{
    return {{QStringLiteral("label"), QString::fromStdString(label)},
            {QStringLiteral("counter"), counter},
            {QStringLiteral("service"), QString::fromStdString(service)}};
}

}  // namespace

QueueBoard::QueueBoard(queue::QueueHub *hub, std::filesystem::path voiceCache, QStringList voiceLanguages,
                       int recentCount, bool remoteHub, QObject *parent)
    : QObject(parent)
    , m_hub(hub)
    , m_announcer(std::make_shared<voice::CallAnnouncer>(std::move(voiceCache)))
    , m_worker(remoteHub)
    , m_voiceLanguages(std::move(voiceLanguages))
    , m_recentCount(std::max(1, recentCount))
    , m_player(voice::findWavPlayer())
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &QueueBoard::poll);
}

void QueueBoard::setSpeaking(bool speaking)
{
    if (speaking != m_speaking) {
        m_speaking = speaking;
        emit speakingChanged();
    }
}

QString QueueBoard::latestLabel() const
{
    return m_calling.isEmpty() ? QString() : m_calling.first().toMap().value(QStringLiteral("label")).toString();
}

int QueueBoard::latestCounter() const
{
    return m_calling.isEmpty() ? 0 : m_calling.first().toMap().value(QStringLiteral("counter")).toInt();
}

void QueueBoard::startDisplay()
{
    m_active = true;
    emit activeChanged();
    setSpeaking(true);
    if (m_player.isEmpty()) {
        qCWarning(lcCore) << "queue board: no audio player (pw-play, paplay, aplay) found; calls are shown, not heard";
    }
    if (m_hub != nullptr) {
        m_timer.start();
    }
    poll();
}

void QueueBoard::showSampleCalls()
{
    m_active = true;
    emit activeChanged();
    m_calling = {callItem("A012", 3, "passport_new"), callItem("B004", 4, "passport_reissue"),
                 callItem("A011", 1, "passport_new"), callItem("E002", 6, "online_help")};
    m_recent = {callItem("A010", 2, "passport_new"), callItem("C001", 4, "passport_child"),
                callItem("A009", 1, "passport_new"), callItem("B003", 3, "passport_reissue"),
                callItem("A008", 2, "passport_new"), callItem("E001", 6, "online_help")};
    emit changed();
}

void QueueBoard::poll()
{
    if (m_hub == nullptr || m_polling) {
        return;  // the previous look is still under way (slow link)
    }
    m_polling = true;
    auto *hub = m_hub;
    if (!m_started) {
        // Calls made before the board started are shown, not spoken.
        m_worker.run<Result<queue::QueueSnapshot>>([hub] { return hub->snapshot(); }, this,
                                                   [this](const Result<queue::QueueSnapshot> &snapshot) {
                                                       m_polling = false;
                                                       if (!snapshot) {
                                                           qCWarning(lcCore) << "queue board: cannot read the queue:"
                                                                             << snapshot.error().code.c_str();
                                                           return;
                                                       }
                                                       m_started = true;
                                                       m_lastSeq = snapshot->lastSeq;
                                                       show(*snapshot);
                                                   });
        return;
    }
    m_worker.run<Result<std::vector<queue::QueueEvent>>>(
        [hub, after = m_lastSeq] { return hub->eventsAfter(after, std::chrono::milliseconds(0)); }, this,
        [this](const Result<std::vector<queue::QueueEvent>> &events) {
            m_polling = false;
            if (!events) {
                qCWarning(lcCore) << "queue board: cannot read the queue's events:" << events.error().code.c_str();
                return;
            }
            bool calls = false;
            for (const auto &event : *events) {
                m_lastSeq = std::max(m_lastSeq, event.seq);
                if (event.kind == "called" || event.kind == "recalled") {
                    announce(event.label, event.counter);
                    calls = true;
                }
            }
            if (calls || std::ranges::any_of(*events, [](const auto &e) { return e.kind.rfind("help_", 0) != 0; })) {
                reload();
            }
        });
}

void QueueBoard::reload()
{
    auto *hub = m_hub;
    m_worker.run<Result<queue::QueueSnapshot>>([hub] { return hub->snapshot(); }, this,
                                               [this](const Result<queue::QueueSnapshot> &snapshot) {
                                                   if (!snapshot) {
                                                       qCWarning(lcCore) << "queue board: cannot read the queue:"
                                                                         << snapshot.error().code.c_str();
                                                       return;
                                                   }
                                                   show(*snapshot);
                                               });
}

void QueueBoard::show(const queue::QueueSnapshot &snapshot)
{
    // Being called now: each counter's current ticket, the most recent call first.
    std::vector<const queue::Ticket *> current;
    for (const auto &counter : snapshot.counters) {
        if (counter.current && counter.current->state == queue::TicketState::Called) {
            current.push_back(&*counter.current);
        }
    }
    std::ranges::sort(current, [](const auto *a, const auto *b) { return a->calledAtMs > b->calledAtMs; });
    m_calling.clear();
    for (const auto *ticket : current) {
        m_calling.append(callItem(ticket->label, ticket->counter, ticket->queue));
    }
    // Called before: the latest calls not on the "now" list, one line per number.
    m_recent.clear();
    QStringList seen;
    for (const auto *ticket : current) {
        seen << QString::fromStdString(ticket->label);
    }
    for (const auto &call : snapshot.recentCalls) {
        const auto label = QString::fromStdString(call.label);
        if (seen.contains(label) || m_recent.size() >= m_recentCount) {
            continue;
        }
        seen << label;
        m_recent.append(callItem(call.label, call.counter, call.service));
    }
    emit changed();
}

void QueueBoard::announce(const std::string &label, int counter)
{
    if (!m_speaking) {
        return;
    }
    // The chime and each language's sentence, made (or found in the cache) on the voice thread.
    std::vector<std::string> languages;
    for (const auto &language : m_voiceLanguages) {
        languages.push_back(language.toStdString());
    }
    m_voice.run<std::vector<Result<std::filesystem::path>>>(
        [announcer = m_announcer, label, counter, languages] {
            std::vector<Result<std::filesystem::path>> audio{announcer->chimeAudio()};
            for (const auto &language : languages) {
                audio.push_back(announcer->callAudio(label, counter, language));
            }
            return audio;
        },
        this, [this](const std::vector<Result<std::filesystem::path>> &audio) { queueAudio(audio); });
}

void QueueBoard::queueAudio(const std::vector<Result<std::filesystem::path>> &audio)
{
    m_voiceProblem.clear();
    for (size_t i = 0; i < audio.size(); ++i) {
        if (!audio[i]) {
            // The call stays on the screen; only its voice is missing.
            if (i > 0) {
                m_voiceProblem = QString::fromStdString(audio[i].error().code);
                qCWarning(lcCore) << "queue board: no spoken call:" << audio[i].error().message.c_str();
            }
            continue;
        }
        const auto file = QString::fromStdString(audio[i]->string());
        if (i > 0) {
            m_lastAudio = file;
        }
        m_playlist.push_back(file);
    }
    ++m_announcements;
    if (m_player.isEmpty()) {
        m_voiceProblem = QStringLiteral("voice.no_player");
        m_playlist.clear();
    }
    emit announced();
    if (!m_playing) {
        playNext();
    }
}

void QueueBoard::playNext()
{
    m_playing.reset();
    if (m_playlist.empty() || m_player.isEmpty()) {
        return;
    }
    const auto file = m_playlist.front();
    m_playlist.pop_front();
    m_playing = std::make_unique<QProcess>();
    connect(m_playing.get(), &QProcess::finished, this, [this] { QTimer::singleShot(0, this, &QueueBoard::playNext); });
    connect(m_playing.get(), &QProcess::errorOccurred, this, [this, file](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            qCWarning(lcCore) << "queue board: cannot play" << file;
            QTimer::singleShot(0, this, &QueueBoard::playNext);
        }
    });
    m_playing->start(m_player, {file});
}

}  // namespace motcua
