#pragma once

// How subscriptions are refreshed, kept in QSettings: every so many minutes while the window is
// open (0 for never: only when asked), within the bounds a polite reader keeps to.
class FeedSettings
{
public:
    static constexpr int DefaultRefreshMinutes = 60;
    static constexpr int MinimumRefreshMinutes = 5; // no server should be asked more often
    static constexpr int MaximumRefreshMinutes = 24 * 60;

    // A stored value out of bounds comes back within them; 0 stays "never".
    static int refreshMinutes();
    static void setRefreshMinutes(int minutes);
};
