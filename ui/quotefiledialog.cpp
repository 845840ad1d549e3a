#include "quotefiledialog.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QSettings>

namespace {

const QString ByteOrderMarkKey = QStringLiteral("export/csvByteOrderMark");

} // namespace

QuoteFileDialog::QuoteFileDialog(QWidget *parent, const QString &title, const QString &startPath)
    : QFileDialog(parent, title, startPath)
    , m_csv(tr("CSV spreadsheet (*.csv)"))
    , m_json(tr("JSON (*.json)"))
    , m_markdown(tr("Markdown (*.md)"))
    , m_bom(new QCheckBox(tr("For spreadsheet programs: UTF-8 with a &byte-order mark"), this))
{
    setObjectName(QStringLiteral("quoteFileDialog"));
    setOption(QFileDialog::DontUseNativeDialog);
    setAcceptMode(QFileDialog::AcceptSave);
    setFileMode(QFileDialog::AnyFile);
    setNameFilters({m_csv, m_json, m_markdown});
    selectNameFilter(m_csv);
    selectFile(startPath);
    m_bom->setObjectName(QStringLiteral("csvByteOrderMark"));
    m_bom->setToolTip(tr("Excel and other spreadsheet programs need it to read accented and non-Latin names right"));
    m_bom->setChecked(byteOrderMarkSetting());
    if (auto *grid = qobject_cast<QGridLayout *>(layout()))
        grid->addWidget(m_bom, grid->rowCount(), 0, 1, grid->columnCount());
    connect(this, &QFileDialog::filterSelected, this,
            [this](const QString &filter) { m_bom->setEnabled(filter == m_csv); });
}

bool QuoteFileDialog::byteOrderMarkSetting()
{
    return QSettings().value(ByteOrderMarkKey, false).toBool();
}

QuoteExporter::Format QuoteFileDialog::format() const
{
    const QString filter = selectedNameFilter();
    const QuoteExporter::Format chosen = filter == m_json       ? QuoteExporter::Format::Json
                                         : filter == m_markdown ? QuoteExporter::Format::Markdown
                                                                : QuoteExporter::Format::Csv;
    const QStringList files = selectedFiles();
    return QuoteExporter::formatForFileName(files.value(0), chosen);
}

QString QuoteFileDialog::path() const
{
    QString path = selectedFiles().value(0);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += u'.' + QuoteExporter::suffix(format());
    return path;
}

bool QuoteFileDialog::byteOrderMark() const
{
    return format() == QuoteExporter::Format::Csv && m_bom->isChecked();
}

void QuoteFileDialog::accept()
{
    QSettings().setValue(ByteOrderMarkKey, m_bom->isChecked());
    QFileDialog::accept();
}
