#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <algorithm>

// Writes long, news-like plain text for benchmarks: paragraphs of reporting with direct quotes,
// partial quotes and reported speech by made-up people (names built from syllables, so no real
// article's names appear). One "lead" speaker gets exactly leadQuotes direct quotes, spread evenly.
class NewsGenerator
{
public:
    explicit NewsGenerator(quint32 seed = 20240601)
        : m_random(seed)
    {
    }

    QString name()
    {
        static const QStringList first = {QStringLiteral("ka"), QStringLiteral("lo"), QStringLiteral("mi"),
                                          QStringLiteral("ta"), QStringLiteral("re"), QStringLiteral("su"),
                                          QStringLiteral("no"), QStringLiteral("vi"), QStringLiteral("da")};
        static const QStringList second = {QStringLiteral("ren"), QStringLiteral("mar"), QStringLiteral("lin"),
                                           QStringLiteral("dos"), QStringLiteral("vek"), QStringLiteral("sal"),
                                           QStringLiteral("tor"), QStringLiteral("nis")};
        auto word = [&](int syllables) {
            QString w;
            for (int i = 0; i < syllables; ++i)
                w += (i % 2 ? second : first).at(int(m_random.bounded(quint32((i % 2 ? second : first).size()))));
            w[0] = w[0].toUpper();
            return w;
        };
        return word(2) + u' ' + word(3);
    }

    // At least targetChars characters of ASCII text, paragraphs separated by blank lines.
    QString article(qint64 targetChars, const QString &lead, int leadQuotes)
    {
        static const QStringList filler = {
            QStringLiteral("The council met on Tuesday to discuss the budget for the coming year and the state of the harbour."),
            QStringLiteral("Officials have not published the figures, and critics say the process has been opaque from the start."),
            QStringLiteral("Residents gathered outside the town hall, where the debate continued late into the evening."),
            QStringLiteral("Analysts expect the decision to shape regional policy for several years."),
            QStringLiteral("The committee will publish its report next month, after hearing from local businesses."),
        };
        static const QStringList roles = {QStringLiteral("a city councillor"), QStringLiteral("a union leader"),
                                          QStringLiteral("an economist"), QStringLiteral("a resident")};
        const QString leadFamily = lead.section(u' ', -1);
        QStringList others;
        while (others.size() < 60) {
            const QString other = name();
            if (other.section(u' ', -1) != leadFamily && !others.contains(other))
                others.append(other);
        }

        QString text = QStringLiteral("Budget talks continue into the night\n\n");
        text.reserve(targetChars + 1024);
        const qint64 perLead = targetChars / std::max(1, leadQuotes);
        int written = 0;
        for (int i = 0; text.size() < targetChars || written < leadQuotes; ++i) {
            text += filler.at(i % filler.size());
            text += u' ';
            if (written < leadQuotes && text.size() >= written * perLead) {
                if (written == 0)
                    text += QStringLiteral("\"We will publish every figure before the vote, item %1,\" said Finance Minister %2.")
                                .arg(i).arg(lead);
                else
                    text += QStringLiteral("\"Nobody will be surprised by the outcome of item %1,\" %2 said.").arg(i).arg(leadFamily);
                ++written;
            } else {
                const QString &who = others.at(int(m_random.bounded(quint32(others.size()))));
                switch (i % 3) {
                case 0:
                    text += QStringLiteral("\"The plan needs more work on item %1,\" said %2, %3.")
                                .arg(i).arg(who, roles.at(i % roles.size()));
                    break;
                case 1:
                    text += QStringLiteral("%1 said that the vote on item %2 should wait until spring.").arg(who).arg(i);
                    break;
                default:
                    text += QStringLiteral("%1 called the proposal \"a reasonable start\" for item %2.").arg(who).arg(i);
                    break;
                }
            }
            text += u' ';
            text += filler.at((i + 2) % filler.size());
            text += QStringLiteral("\n\n");
        }
        return text;
    }

private:
    QRandomGenerator m_random;
};
