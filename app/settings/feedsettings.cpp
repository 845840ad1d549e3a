#include "feedsettings.h"

#include <QSettings>

#include <algorithm>

namespace {

const QString RefreshKey = QStringLiteral("feeds/refreshMinutes");

int bounded(int minutes)
{
    if (minutes <= 0)
        return 0;
    return std::clamp(minutes, FeedSettings::MinimumRefreshMinutes, FeedSettings::MaximumRefreshMinutes);
}

} // namespace

int FeedSettings::refreshMinutes()
{
    bool ok = false;
    const int minutes = QSettings().value(RefreshKey, DefaultRefreshMinutes).toInt(&ok);
    return ok ? bounded(minutes) : DefaultRefreshMinutes;
}

void FeedSettings::setRefreshMinutes(int minutes)
{
    QSettings().setValue(RefreshKey, bounded(minutes));
}
