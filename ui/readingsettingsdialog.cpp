#include "readingsettingsdialog.h"

#include "articleview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

ReadingSettingsDialog::ReadingSettingsDialog(const ReadingSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_original(settings)
    , m_theme(new QComboBox(this))
    , m_ownFont(new QCheckBox(tr("Choose a font"), this))
    , m_family(new QFontComboBox(this))
    , m_size(new QSpinBox(this))
    , m_lineSpacing(new QSpinBox(this))
    , m_column(new QSpinBox(this))
{
    setObjectName(QStringLiteral("readingSettingsDialog"));
    setWindowTitle(tr("Reading"));

    m_theme->setObjectName(QStringLiteral("readingTheme"));
    for (auto theme : {ReadingSettings::Theme::System, ReadingSettings::Theme::Light, ReadingSettings::Theme::Sepia,
                       ReadingSettings::Theme::Dark})
        m_theme->addItem(ReadingSettings::themeName(theme), int(theme));
    m_ownFont->setObjectName(QStringLiteral("readingOwnFont"));
    m_family->setObjectName(QStringLiteral("readingFontFamily"));
    m_family->setAccessibleName(tr("Font family"));
    // The lowest value stands for the reading pane's own size.
    m_size->setObjectName(QStringLiteral("readingFontSize"));
    m_size->setRange(int(ReadingSettings::MinimumFontSize) - 1, int(ReadingSettings::MaximumFontSize));
    m_size->setSpecialValueText(tr("Default"));
    m_size->setSuffix(tr(" pt"));
    m_lineSpacing->setObjectName(QStringLiteral("readingLineSpacing"));
    m_lineSpacing->setRange(ReadingSettings::MinimumLineSpacing, ReadingSettings::MaximumLineSpacing);
    m_lineSpacing->setSingleStep(10);
    m_lineSpacing->setSuffix(tr(" %"));
    m_column->setObjectName(QStringLiteral("readingColumn"));
    m_column->setRange(ReadingSettings::MinimumColumn, ReadingSettings::MaximumColumn);
    m_column->setSingleStep(4);
    m_column->setSuffix(tr(" characters"));
    m_column->setToolTip(tr("Line length of the readable column (View › Readable Line Width)"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(QString(), m_ownFont);
    form->addRow(tr("&Font:"), m_family);
    form->addRow(tr("&Size:"), m_size);
    form->addRow(tr("&Line spacing:"), m_lineSpacing);
    form->addRow(tr("&Column width:"), m_column);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        setSettings(ReadingSettings());
        emitChanged();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    setSettings(settings);
    connect(m_theme, &QComboBox::currentIndexChanged, this, &ReadingSettingsDialog::emitChanged);
    connect(m_ownFont, &QCheckBox::toggled, this, [this](bool on) {
        m_family->setEnabled(on);
        emitChanged();
    });
    connect(m_family, &QFontComboBox::currentFontChanged, this, &ReadingSettingsDialog::emitChanged);
    for (QSpinBox *box : {m_size, m_lineSpacing, m_column})
        connect(box, &QSpinBox::valueChanged, this, &ReadingSettingsDialog::emitChanged);
    connect(this, &QDialog::rejected, this, [this] { emit changed(m_original); });
}

void ReadingSettingsDialog::setSettings(const ReadingSettings &settings)
{
    m_setting = true;
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(int(settings.theme))));
    m_ownFont->setChecked(!settings.fontFamily.isEmpty());
    m_family->setEnabled(!settings.fontFamily.isEmpty());
    m_family->setCurrentFont(settings.fontFamily.isEmpty() ? ArticleView::readingFont() : QFont(settings.fontFamily));
    m_size->setValue(settings.fontSize > 0 ? qRound(settings.fontSize) : m_size->minimum());
    m_lineSpacing->setValue(settings.lineSpacing);
    m_column->setValue(settings.column);
    m_setting = false;
}

ReadingSettings ReadingSettingsDialog::settings() const
{
    ReadingSettings s;
    s.theme = ReadingSettings::Theme(m_theme->currentData().toInt());
    s.fontFamily = m_ownFont->isChecked() ? m_family->currentFont().family() : QString();
    s.fontSize = m_size->value() == m_size->minimum() ? 0 : m_size->value();
    s.lineSpacing = m_lineSpacing->value();
    s.column = m_column->value();
    return s;
}

void ReadingSettingsDialog::emitChanged()
{
    if (!m_setting)
        emit changed(settings());
}
