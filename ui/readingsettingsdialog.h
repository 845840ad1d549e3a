#pragma once

#include "settings/readingsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QSpinBox;

// View › Reading…: the reading pane's theme, font family and size, line spacing and column width.
// Every change is shown at once through changed(); Cancel takes them back (changed() with the
// settings the dialog started from), OK keeps them.
class ReadingSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReadingSettingsDialog(const ReadingSettings &settings, QWidget *parent = nullptr);

    ReadingSettings settings() const;
    void setSettings(const ReadingSettings &settings);

signals:
    void changed(const ReadingSettings &settings);

private:
    void emitChanged();

    ReadingSettings m_original;
    QComboBox *m_theme;
    QCheckBox *m_ownFont;
    QFontComboBox *m_family;
    QSpinBox *m_size;
    QSpinBox *m_lineSpacing;
    QSpinBox *m_column;
    bool m_setting = false;
};
