#include "encodingmenu.h"

#include <QActionGroup>
#include <QStringDecoder>

namespace {

struct Choice
{
    const char *encoding;
    const char *label;
};

// By region, as browsers list them; the names are those QStringDecoder (ICU) knows.
constexpr Choice kChoices[] = {
    {"UTF-8", QT_TRANSLATE_NOOP("EncodingMenu", "Unicode (UTF-8)")},
    {"UTF-16LE", QT_TRANSLATE_NOOP("EncodingMenu", "Unicode (UTF-16LE)")},
    {"UTF-16BE", QT_TRANSLATE_NOOP("EncodingMenu", "Unicode (UTF-16BE)")},
    {"windows-1252", QT_TRANSLATE_NOOP("EncodingMenu", "Western (Windows-1252)")},
    {"ISO-8859-15", QT_TRANSLATE_NOOP("EncodingMenu", "Western (ISO-8859-15)")},
    {"windows-1250", QT_TRANSLATE_NOOP("EncodingMenu", "Central European (Windows-1250)")},
    {"ISO-8859-2", QT_TRANSLATE_NOOP("EncodingMenu", "Central European (ISO-8859-2)")},
    {"windows-1251", QT_TRANSLATE_NOOP("EncodingMenu", "Cyrillic (Windows-1251)")},
    {"KOI8-R", QT_TRANSLATE_NOOP("EncodingMenu", "Cyrillic (KOI8-R)")},
    {"KOI8-U", QT_TRANSLATE_NOOP("EncodingMenu", "Cyrillic (KOI8-U)")},
    {"windows-1253", QT_TRANSLATE_NOOP("EncodingMenu", "Greek (Windows-1253)")},
    {"windows-1254", QT_TRANSLATE_NOOP("EncodingMenu", "Turkish (Windows-1254)")},
    {"windows-1257", QT_TRANSLATE_NOOP("EncodingMenu", "Baltic (Windows-1257)")},
    {"windows-1255", QT_TRANSLATE_NOOP("EncodingMenu", "Hebrew (Windows-1255)")},
    {"windows-1256", QT_TRANSLATE_NOOP("EncodingMenu", "Arabic (Windows-1256)")},
    {"windows-1258", QT_TRANSLATE_NOOP("EncodingMenu", "Vietnamese (Windows-1258)")},
    {"Shift_JIS", QT_TRANSLATE_NOOP("EncodingMenu", "Japanese (Shift_JIS)")},
    {"EUC-JP", QT_TRANSLATE_NOOP("EncodingMenu", "Japanese (EUC-JP)")},
    {"GB18030", QT_TRANSLATE_NOOP("EncodingMenu", "Chinese, Simplified (GB18030)")},
    {"Big5", QT_TRANSLATE_NOOP("EncodingMenu", "Chinese, Traditional (Big5)")},
    {"EUC-KR", QT_TRANSLATE_NOOP("EncodingMenu", "Korean (EUC-KR)")},
};

} // namespace

EncodingMenu::EncodingMenu(const QString &title, QWidget *parent)
    : QMenu(title, parent), m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("encodingMenu"));
    m_group->setExclusive(true);
    QAction *automatic = addAction(tr("&Automatic"));
    automatic->setStatusTip(tr("Read the file in the encoding it declares, or the one it looks like"));
    automatic->setCheckable(true);
    automatic->setChecked(true);
    m_group->addAction(automatic);
    addSeparator();
    for (const Choice &choice : kChoices) {
        // An encoding this Qt cannot decode is not offered.
        if (!QStringDecoder(choice.encoding).isValid())
            continue;
        QAction *action = addAction(tr(choice.label));
        action->setCheckable(true);
        action->setData(QByteArray(choice.encoding));
        action->setStatusTip(tr("Read the file again as %1").arg(QString::fromLatin1(choice.encoding)));
        m_group->addAction(action);
    }
    connect(m_group, &QActionGroup::triggered, this,
            [this](QAction *action) { emit encodingChosen(action->data().toByteArray()); });
}

QByteArray EncodingMenu::encoding() const
{
    const QAction *checked = m_group->checkedAction();
    return checked ? checked->data().toByteArray() : QByteArray();
}

void EncodingMenu::setEncoding(const QByteArray &encoding)
{
    for (QAction *action : m_group->actions()) {
        if (action->data().toByteArray() == encoding) {
            action->setChecked(true);
            return;
        }
    }
}
