#include "peoplewindow.h"

#include "export/personquotesexporter.h"
#include "library/libraryservice.h"
#include "models/peoplemodel.h"
#include "models/quotehitmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTreeView>
#include <QVBoxLayout>

PeopleWindow::PeopleWindow(LibraryService *service, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_service(service)
    , m_peopleModel(new PeopleModel(this))
    , m_peopleProxy(new QSortFilterProxyModel(this))
    , m_quoteModel(new QuoteHitModel(this))
    , m_people(new QTreeView(this))
    , m_quotes(new QTreeView(this))
    , m_filter(new QLineEdit(this))
    , m_search(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_between(new QCheckBox(tr("Between"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_heading(new QLabel(this))
    , m_export(new QPushButton(tr("&Export\u2026"), this))
    , m_rename(new QPushButton(tr("&Rename\u2026"), this))
    , m_merge(new QPushButton(tr("&Merge into\u2026"), this))
    , m_undo(new QPushButton(tr("&Undo correction"), this))
{
    setObjectName(QStringLiteral("peopleWindow"));
    setWindowTitle(tr("People \u2014 Saywho"));
    resize(1000, 640);

    m_peopleProxy->setSourceModel(m_peopleModel);
    m_peopleProxy->setSortRole(PeopleModel::SortRole);
    m_peopleProxy->setFilterRole(PeopleModel::SearchTextRole);
    m_peopleProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_people->setObjectName(QStringLiteral("peopleView"));
    m_people->setModel(m_peopleProxy);
    m_people->setRootIsDecorated(false);
    m_people->setUniformRowHeights(true);
    m_people->setSortingEnabled(true);
    m_people->setAllColumnsShowFocus(true);
    m_people->sortByColumn(PeopleModel::QuotesColumn, Qt::DescendingOrder);
    m_people->header()->setSectionResizeMode(PeopleModel::NameColumn, QHeaderView::Stretch);
    for (int column : {int(PeopleModel::QuotesColumn), int(PeopleModel::ArticlesColumn), int(PeopleModel::LatestColumn)})
        m_people->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_people->header()->setStretchLastSection(false);
    m_filter->setObjectName(QStringLiteral("peopleFilter"));
    m_filter->setPlaceholderText(tr("Filter people"));
    m_filter->setClearButtonEnabled(true);

    m_quotes->setObjectName(QStringLiteral("personQuotesView"));
    m_quotes->setModel(m_quoteModel);
    m_quotes->setRootIsDecorated(false);
    m_quotes->setWordWrap(true);
    m_quotes->setAllColumnsShowFocus(true);
    m_quotes->setContextMenuPolicy(Qt::CustomContextMenu);
    m_quotes->header()->setSectionResizeMode(QuoteHitModel::TextColumn, QHeaderView::Stretch);
    // Names, dates and kinds are short: shown whole; a title gets room enough to be recognised.
    for (int column : {int(QuoteHitModel::SpeakerColumn), int(QuoteHitModel::DateColumn), int(QuoteHitModel::KindColumn)})
        m_quotes->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_quotes->header()->resizeSection(QuoteHitModel::ArticleColumn, fontMetrics().averageCharWidth() * 28);
    m_quotes->header()->setStretchLastSection(false);

    m_search->setObjectName(QStringLiteral("quoteSearchEdit"));
    m_search->setPlaceholderText(tr("Search quotes (words, \"a phrase\", word*)"));
    m_search->setClearButtonEnabled(true);
    m_kind->setObjectName(QStringLiteral("quoteKindFilter"));
    m_kind->addItem(tr("All kinds"), -1);
    m_kind->addItem(QuoteHitModel::kindText(Quote::Kind::Direct), int(Quote::Kind::Direct));
    m_kind->addItem(QuoteHitModel::kindText(Quote::Kind::Partial), int(Quote::Kind::Partial));
    m_kind->addItem(QuoteHitModel::kindText(Quote::Kind::Indirect), int(Quote::Kind::Indirect));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    m_from->setDate(QDate::currentDate().addYears(-1));
    m_to->setDate(QDate::currentDate());

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_people, 1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_kind);
    searchRow->addWidget(m_between);
    searchRow->addWidget(m_from);
    searchRow->addWidget(m_to);
    rightLayout->addLayout(searchRow);
    m_heading->setObjectName(QStringLiteral("peopleHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_quotes, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_rename);
    buttons->addWidget(m_merge);
    buttons->addWidget(m_undo);
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    rightLayout->addLayout(buttons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({fontMetrics().averageCharWidth() * 60, 700});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_filter, &QLineEdit::textChanged, m_peopleProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_people->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PeopleWindow::showQuotes);
    connect(m_search, &QLineEdit::textChanged, this, &PeopleWindow::showQuotes);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PeopleWindow::showQuotes);
    connect(m_between, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        showQuotes();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &PeopleWindow::showQuotes);
    connect(m_to, &QDateEdit::dateChanged, this, &PeopleWindow::showQuotes);
    connect(m_quotes, &QTreeView::activated, this, [this](const QModelIndex &index) {
        emit quoteActivated(index.data(QuoteHitModel::ArticleIdRole).toLongLong(),
                            index.data(QuoteHitModel::QuoteStartRole).toInt(),
                            index.data(QuoteHitModel::QuoteEndRole).toInt());
    });
    connect(m_quotes, &QTreeView::customContextMenuRequested, this, &PeopleWindow::quoteMenu);
    connect(m_export, &QPushButton::clicked, this, &PeopleWindow::exportQuotes);
    connect(m_rename, &QPushButton::clicked, this, &PeopleWindow::renameChosen);
    connect(m_merge, &QPushButton::clicked, this, &PeopleWindow::mergeChosen);
    connect(m_undo, &QPushButton::clicked, this, &PeopleWindow::undoLast);
    connect(m_service, &LibraryService::changed, this, &PeopleWindow::reload);
    reload();
}

void PeopleWindow::reload()
{
    const qint64 chosen = chosenPerson();
    Library *library = m_service->library();
    m_peopleModel->setPeople(library ? library->people() : QList<Library::Person>());
    if (chosen)
        choosePerson(chosen);
    m_undo->setEnabled(library && !library->corrections().isEmpty());
    showQuotes();
}

void PeopleWindow::startSearch()
{
    show();
    raise();
    activateWindow();
    m_search->setFocus();
    m_search->selectAll();
}

void PeopleWindow::choosePerson(qint64 id)
{
    const QModelIndex row = m_peopleProxy->mapFromSource(m_peopleModel->rowOfPerson(id));
    if (row.isValid()) {
        m_people->setCurrentIndex(row);
        m_people->scrollTo(row);
    }
}

qint64 PeopleWindow::chosenPerson() const
{
    const QModelIndex current = m_people->currentIndex();
    return current.isValid() ? current.data(PeopleModel::PersonIdRole).toLongLong() : 0;
}

void PeopleWindow::showQuotes()
{
    Library *library = m_service->library();
    const qint64 person = chosenPerson();
    const QString text = m_search->text().trimmed();
    m_rename->setEnabled(person > 0);
    m_merge->setEnabled(person > 0);
    if (!library) {
        m_quoteModel->setHits({});
        m_heading->setText(tr("No library is open."));
        return;
    }
    if (!text.isEmpty()) {
        Library::SearchFilter filter;
        const int kind = m_kind->currentData().toInt();
        if (kind >= 0)
            filter.kind = Quote::Kind(kind);
        if (m_between->isChecked()) {
            filter.from = m_from->date().toString(Qt::ISODate);
            filter.to = m_to->date().toString(Qt::ISODate);
        }
        const QList<Library::QuoteHit> hits = library->search(text, filter);
        m_quoteModel->setHits(hits);
        m_heading->setText(library->lastError().isEmpty() || !hits.isEmpty()
                               ? tr("%n quote(s) match \u201C%1\u201D", nullptr, int(hits.size())).arg(text)
                               : tr("Not a search Saywho understands: %1").arg(text));
        return;
    }
    if (person <= 0) {
        m_quoteModel->setHits({});
        m_heading->setText(tr("Choose a person to see all they said, in every article."));
        return;
    }
    const QList<Library::QuoteHit> hits = library->quotesBy(person);
    m_quoteModel->setHits(hits);
    const QModelIndex row = m_people->currentIndex();
    const QStringList roles = row.data(PeopleModel::RolesRole).toStringList();
    QString heading = row.siblingAtColumn(PeopleModel::NameColumn).data().toString();
    if (!roles.isEmpty())
        heading += QStringLiteral(" \u2014 ") + roles.join(QStringLiteral("; "));
    heading += u'\n' + row.data(PeopleModel::SecondLineRole).toString();
    m_heading->setText(heading);
}

void PeopleWindow::exportQuotes()
{
    const QList<Library::QuoteHit> hits = m_quoteModel->hits();
    if (hits.isEmpty())
        return;
    const QString heading = m_search->text().trimmed().isEmpty()
                                ? m_people->currentIndex().siblingAtColumn(PeopleModel::NameColumn).data().toString()
                                : tr("Quotes matching \u201C%1\u201D").arg(m_search->text().trimmed());
    QString name = heading;
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/'
                          + tr("%1 quotes").arg(name) + QStringLiteral(".csv");
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Quotes"), start,
                                                      tr("CSV (*.csv);;JSON (*.json);;Markdown (*.md)"), &filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!PersonQuotesExporter::write(path, PersonQuotesExporter::formatForFileName(path), heading, hits, &error))
        QMessageBox::warning(this, tr("Export Quotes"), error);
}

void PeopleWindow::renameChosen()
{
    const qint64 person = chosenPerson();
    Library *library = m_service->library();
    if (!person || !library)
        return;
    const QString current = m_people->currentIndex().siblingAtColumn(PeopleModel::NameColumn).data().toString();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename"), tr("Name of %1:").arg(current), QLineEdit::Normal,
                                               current, &ok);
    if (!ok || name.trimmed().isEmpty() || name.trimmed() == current)
        return;
    if (!library->renamePerson(person, name))
        QMessageBox::warning(this, tr("Rename"), library->lastError());
    m_service->notifyChanged();
}

void PeopleWindow::mergeChosen()
{
    const qint64 person = chosenPerson();
    Library *library = m_service->library();
    if (!person || !library)
        return;
    QStringList names;
    QList<qint64> ids;
    for (const Library::Person &p : m_peopleModel->people()) {
        if (p.id == person)
            continue;
        names.append(p.roles.isEmpty() ? p.name : p.name + QStringLiteral(" (") + p.roles.front() + u')');
        ids.append(p.id);
    }
    if (names.isEmpty())
        return;
    const QString current = m_people->currentIndex().siblingAtColumn(PeopleModel::NameColumn).data().toString();
    bool ok = false;
    const QString into = QInputDialog::getItem(this, tr("Merge"), tr("Merge %1 into:").arg(current), names, 0, true, &ok);
    const qsizetype index = names.indexOf(into);
    if (!ok || index < 0)
        return;
    const qint64 target = ids.at(index);
    if (!library->mergePeople(person, target))
        QMessageBox::warning(this, tr("Merge"), library->lastError());
    m_service->notifyChanged();
    choosePerson(target);
}

void PeopleWindow::quoteMenu(const QPoint &pos)
{
    const QModelIndex index = m_quotes->indexAt(pos);
    Library *library = m_service->library();
    if (!index.isValid() || !library)
        return;
    const qint64 article = index.data(QuoteHitModel::ArticleIdRole).toLongLong();
    const int start = index.data(QuoteHitModel::QuoteStartRole).toInt();
    const int end = index.data(QuoteHitModel::QuoteEndRole).toInt();
    QMenu menu(this);
    QAction *open = menu.addAction(tr("&Open in Article"));
    QAction *give = menu.addAction(tr("&Give to Another Speaker\u2026"));
    QAction *notQuote = menu.addAction(tr("&Not a Quote"));
    QAction *chosen = menu.exec(m_quotes->viewport()->mapToGlobal(pos));
    if (chosen == open) {
        emit quoteActivated(article, start, end);
    } else if (chosen == give) {
        QStringList names;
        for (const Library::Person &p : m_peopleModel->people())
            names.append(p.name);
        bool ok = false;
        const QString name = QInputDialog::getItem(this, tr("Give to Another Speaker"), tr("Who said it?"), names, 0,
                                                   true, &ok);
        if (ok && !name.trimmed().isEmpty() && !library->reassignQuote(article, start, end, name))
            QMessageBox::warning(this, tr("Give to Another Speaker"), library->lastError());
        m_service->notifyChanged();
    } else if (chosen == notQuote) {
        if (!library->markNotAQuote(article, start, end))
            QMessageBox::warning(this, tr("Not a Quote"), library->lastError());
        m_service->notifyChanged();
    }
}

void PeopleWindow::undoLast()
{
    Library *library = m_service->library();
    if (!library)
        return;
    const QList<Library::Correction> corrections = library->corrections();
    if (corrections.isEmpty())
        return;
    if (!library->undoCorrection(corrections.back().id))
        QMessageBox::warning(this, tr("Undo Correction"), library->lastError());
    m_service->notifyChanged();
}
