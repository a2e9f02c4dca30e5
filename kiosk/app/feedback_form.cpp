#include "kiosk/app/feedback_form.h"

#include <QJsonDocument>
#include <nlohmann/json.hpp>

#include "kiosk/core/log_categories.h"
#include "kiosk/core/vietnam_time.h"
#include "kiosk/feedback/satisfaction_summary.h"

namespace motcua {

FeedbackForm::FeedbackForm(Database &db, KioskSession &session, SiteConfig site, const Clock &clock,
                           QObject *parent)
    : QObject(parent), m_db(db), m_store(db), m_session(session), m_site(std::move(site)), m_clock(clock)
{
    connect(&m_session, &KioskSession::ratingOpened, this, [this] {
        m_rating = 0;
        m_comment.clear();
        emit ratingChanged();
    });
    connect(&m_session, &KioskSession::ratingClosed, this, &FeedbackForm::store);
}

void FeedbackForm::choose(int rating)
{
    if (rating >= feedback::kLowestRating && rating <= feedback::kHighestRating && rating != m_rating) {
        m_rating = rating;
        emit ratingChanged();
    }
}

void FeedbackForm::send(const QString &comment)
{
    m_comment = comment;
    m_session.closeRating();
}

void FeedbackForm::skip()
{
    m_rating = 0;
    emit ratingChanged();
    m_session.closeRating();
}

QVariantMap FeedbackForm::todaySummary() const
{
    auto summary = feedback::daySummary(m_db, vietnamIsoDate(m_clock.wallNow()));
    if (!summary) {
        return {};
    }
    return QJsonDocument::fromJson(QByteArray::fromStdString(feedback::toJson(*summary).dump())).toVariant().toMap();
}

void FeedbackForm::store()
{
    if (m_rating == 0) {
        return;
    }
    feedback::FeedbackEntry entry;
    entry.at = m_clock.wallNow();
    entry.site = m_site.id;
    entry.kiosk = m_site.kioskId;
    entry.language = m_session.ratedLanguage().toStdString();
    for (const auto &service : m_session.ratedServices()) {
        entry.services.push_back(service.toStdString());
    }
    entry.rating = m_rating;
    entry.comment = m_comment.toStdString();
    auto id = m_store.record(entry);
    if (!id) {
        qCWarning(lcUi) << "feedback not stored:" << id.error().code.c_str();
    } else {
        qCInfo(lcUi) << "feedback stored: rating" << m_rating << "comment" << !m_comment.isEmpty();
        emit stored(*id);
    }
    m_rating = 0;
    m_comment.clear();
    emit ratingChanged();
}

}  // namespace motcua
