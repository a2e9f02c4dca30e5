#pragma once
// The rating step after a session: one tap on a face (1 very dissatisfied …
// 5 very satisfied), an optional comment, or "Skip". The rating is stored
// when the step closes (sent, or no touch for 30 s); a comment only when the
// citizen sends it, and scrubbed of personal-data-like text first.
#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include "kiosk/app/kiosk_session.h"
#include "kiosk/app/qml_instance.h"
#include "kiosk/core/clock.h"
#include "kiosk/core/config.h"
#include "kiosk/feedback/feedback_store.h"

namespace motcua {

class FeedbackForm : public QObject, public QmlInstance<FeedbackForm> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int rating READ rating NOTIFY ratingChanged)
    Q_PROPERTY(int secondsAllowed READ secondsAllowed CONSTANT)

public:
    FeedbackForm(Database &db, KioskSession &session, SiteConfig site, const Clock &clock,
                 QObject *parent = nullptr);

    int rating() const { return m_rating; }
    int secondsAllowed() const { return m_session.ratingSeconds(); }

    Q_INVOKABLE void choose(int rating);  // 1…5; tapping another face changes it
    Q_INVOKABLE void send(const QString &comment);  // stores the rating and the comment, ends the step
    Q_INVOKABLE void skip();  // ends the step, stores nothing
    // Today's figures (feedback::toJson of the day's summary), for a guide's screen and tests.
    Q_INVOKABLE QVariantMap todaySummary() const;

signals:
    void ratingChanged();
    void stored(qint64 id);

private:
    void store();

    Database &m_db;
    feedback::FeedbackStore m_store;
    KioskSession &m_session;
    SiteConfig m_site;
    const Clock &m_clock;
    int m_rating = 0;
    QString m_comment;
};

}  // namespace motcua
