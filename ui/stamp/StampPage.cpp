#include "StampPage.h"

#include "core/Language.h"
#include "core/Settings.h"
#include "document/OpenDocuments.h"
#include "session/Workspace.h"
#include "widgets/Icons.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bubuh {

namespace {

enum Column { DocumentColumn, TypeColumn, PositionColumn, StateColumn, ResultColumn };

QString absolute(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

StampPage::StampPage(Workspace &workspace, OpenDocuments &documents, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_documents(documents)
    , m_table(new QTableWidget(this))
    , m_quota(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_stamp(new QPushButton(tr("&Stamp all"), this))
    , m_verify(new QPushButton(tr("&Check an e-Meterai…"), this))
    , m_openFolder(new QPushButton(tr("Open the results &folder"), this))
    , m_cancel(new QPushButton(tr("Ca&ncel this document"), this))
    , m_types(DocumentTypeCatalog::load(workspace.settings()))
{
    m_table->setObjectName(u"jobTable"_s);
    m_table->setAccessibleName(tr("Documents to stamp"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Document"), tr("Document type"), tr("Stamp position"), tr("State"), tr("Result")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(StateColumn, QHeaderView::Stretch);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_quota->setObjectName(u"stampQuotaLabel"_s);
    m_quota->setTextFormat(Qt::PlainText);
    m_quota->setWordWrap(true);
    m_progress->setObjectName(u"stampProgressBar"_s);
    m_status->setObjectName(u"stampStatusLabel"_s);
    m_status->setTextFormat(Qt::PlainText); // the service's messages
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stamp->setObjectName(u"stampAllButton"_s);
    m_stamp->setShortcut(QKeySequence(u"Ctrl+Return"_s));
    m_stamp->setToolTip(tr("Stamp every document in the list (Ctrl+Enter)"));
    m_verify->setObjectName(u"verifyButton"_s);
    m_openFolder->setObjectName(u"openResultsFolderButton"_s);
    m_cancel->setObjectName(u"cancelJobButton"_s);
    m_cancel->setToolTip(tr("Stop stamping the selected document. Only possible while it holds "
                            "no serial number yet, so nothing is spent."));
    m_cancel->setIcon(icon(Icon::Cancel));
    m_cancel->hide();
    m_stamp->setIcon(icon(Icon::Stamp));
    m_verify->setIcon(icon(Icon::Verify));
    m_openFolder->setIcon(icon(Icon::Folder));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_stamp);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_verify);
    buttons->addWidget(m_openFolder);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(u"<h2>%1</h2>"_s.arg(tr("Stamp and check")), this));
    auto *intro = new QLabel(tr("Each document uses one e-Meterai. The result is saved next to "
                                "the original as <i>name</i>_bermeterai.pdf and checked before "
                                "it is shown as done; the original is never changed."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_quota);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    StampBatch &batch = workspace.stamping();
    connect(m_stamp, &QPushButton::clicked, this, &StampPage::stampAll);
    connect(m_verify, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        const QTableWidgetItem *result = row >= 0 ? m_table->item(row, ResultColumn) : nullptr;
        Q_EMIT verifyRequested(result ? result->data(Qt::UserRole).toString() : QString());
    });
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        for (const StampBatch::Entry &e : m_workspace.stamping().entries()) {
            if (!e.job.resultPath.isEmpty()) {
                QDesktopServices::openUrl(
                    QUrl::fromLocalFile(QFileInfo(e.job.resultPath).absolutePath()));
                return;
            }
        }
    });
    connect(m_cancel, &QPushButton::clicked, this, &StampPage::cancelSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &StampPage::updateSummary);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        const QTableWidgetItem *result = m_table->item(row, ResultColumn);
        if (result && !result->data(Qt::UserRole).toString().isEmpty())
            Q_EMIT verifyRequested(result->data(Qt::UserRole).toString());
    });
    connect(&documents, &OpenDocuments::opened, this, [this](int index) {
        m_hashes.remove(absolute(m_documents.at(index).path)); // opened again: maybe new bytes
        rebuild();
    });
    connect(&documents, &OpenDocuments::changed, this, &StampPage::rebuild);
    connect(&batch, &StampBatch::entryChanged, this, [this](int index) {
        if (m_table->rowCount() != rowsNeeded())
            rebuild();
        else
            updateRow(index);
        updateSummary();
    });
    connect(&batch, &StampBatch::status, this,
            [this](const FlowStatus &status) { m_status->setText(status.message); });
    connect(&batch, &StampBatch::finished, this,
            [this](int saved, int notSaved, const Failure &refusal) {
                QString text;
                if (!refusal.message.isEmpty())
                    text = refusal.message;
                else if (notSaved == 0)
                    text = tr("Done: %n document(s) stamped, checked and saved.", nullptr, saved);
                else
                    text = tr("%1 of %n document(s) stamped and saved; the others say why in "
                              "the list.",
                              nullptr, saved + notSaved)
                               .arg(saved);
                if (const QDateTime at = m_workspace.stamping().followUpAt(); at.isValid())
                    text += u' '
                        + tr("Bubuh continues the unfinished ones by itself at %1, with their "
                             "serial numbers.")
                              .arg(Language::dateTime(at));
                m_status->setText(text);
                m_workspace.account().refreshBalance();
                updateSummary();
            });
    connect(&workspace.account(), &AccountSession::changed, this, [this] {
        if (m_workspace.account().state() == AccountSession::State::SignedIn && !m_typesAsked) {
            m_typesAsked = true; // once; the fallback list stays if the service cannot say
            loadDocumentTypes();
        }
        updateSummary();
    });
    rebuild();
}

int StampPage::rowsNeeded() const
{
    return int(rowPaths().size());
}

std::optional<StampJob> StampPage::stampedBefore(const QString &path) const
{
    // The same bytes stamped earlier (this run or before): stamping again would spend a second
    // e-Meterai on a document that already has one.
    for (int i = 0; i < m_documents.count(); ++i) {
        const OpenDocument &d = m_documents.at(i);
        if (absolute(d.path) != path)
            continue;
        QString &hash = m_hashes[path];
        if (hash.isEmpty()) // hashed once: the page asks often, documents can be large
            hash = QString::fromLatin1(
                QCryptographicHash::hash(d.bytes, QCryptographicHash::Sha256).toHex());
        const Result<QList<StampJob>> jobs = m_workspace.journal().jobsFor(hash);
        for (const StampJob &job : jobs ? jobs.value() : QList<StampJob>()) {
            if (job.state == JobState::Saved)
                return job;
        }
    }
    return std::nullopt;
}

QStringList StampPage::usablePaths() const
{
    QStringList paths;
    for (int i = 0; i < m_documents.count(); ++i) {
        const OpenDocument &d = m_documents.at(i);
        if (d.inspection.usable() && d.supersededBy.isEmpty() && !paths.contains(absolute(d.path)))
            paths << absolute(d.path);
    }
    return paths;
}

QString StampPage::existingStamp(const QString &path) const
{
    for (int i = 0; i < m_documents.count(); ++i) {
        const OpenDocument &d = m_documents.at(i);
        if (absolute(d.path) == path && d.inspection.hasEmeterai()) {
            for (const Inspection::Signature &s : d.inspection.signatures) {
                if (!s.sn.isEmpty())
                    return s.sn;
            }
        }
    }
    return {};
}

StampPage::PlacementCheck StampPage::placementCheck(const QString &path) const
{
    // The latest entry of the file: the one stampAll() takes.
    for (int i = m_documents.count() - 1; i >= 0; --i) {
        if (absolute(m_documents.at(i).path) != path)
            continue;
        const std::optional<bool> covers = m_documents.coversInk(i);
        return !covers ? PlacementCheck::Checking
            : *covers  ? PlacementCheck::CoversInk
                       : PlacementCheck::Blank;
    }
    return PlacementCheck::Blank;
}

QStringList StampPage::readyPaths() const
{
    // Not offered: documents stamped before, by Bubuh or anyone (a second e-Meterai would
    // cost a second quota for nothing; bubuh-cli can still do it where it is wanted).
    QStringList paths = usablePaths();
    paths.removeIf([this](const QString &path) {
        // A page still being read does not hold stamping up: bubuh-cli and step 3 check it too.
        return stampedBefore(path).has_value() || !existingStamp(path).isEmpty()
            || placementCheck(path) == PlacementCheck::CoversInk;
    });
    return paths;
}

QStringList StampPage::rowPaths() const
{
    // The batch's documents first (including jobs resumed after a restart), then the rest.
    QStringList paths;
    for (const StampBatch::Entry &e : m_workspace.stamping().entries())
        paths << absolute(e.request.sourcePath);
    for (const QString &path : usablePaths()) {
        if (!paths.contains(path))
            paths << path;
    }
    return paths;
}

void StampPage::loadDocumentTypes()
{
    m_workspace.account().client().documentTypes([this](Result<QList<DocumentType>> types) {
        if (!types || types->isEmpty())
            return;
        // Kept for offline use: the next start offers the service's own list at once.
        DocumentTypeCatalog::save(m_workspace.settings(), types.value());
        m_types = DocumentTypeCatalog(types.value());
        rebuild();
    });
}

void StampPage::rebuild()
{
    const QStringList paths = rowPaths();
    const QList<StampBatch::Entry> &entries = m_workspace.stamping().entries();
    m_table->setRowCount(int(paths.size()));
    for (int row = 0; row < paths.size(); ++row) {
        const QString &path = paths[row];
        if (!m_chosenType.contains(path))
            m_chosenType.insert(path, m_types.guess(QFileInfo(path).fileName()).name);
        auto *name = new QTableWidgetItem(QFileInfo(path).fileName());
        name->setToolTip(path);
        m_table->setItem(row, DocumentColumn, name);

        auto *type = new QComboBox(m_table);
        type->setAccessibleName(tr("Document type of %1").arg(QFileInfo(path).fileName()));
        for (const DocumentType &t : m_types.types()) {
            type->addItem(t.name, t.name);
            type->setItemData(type->count() - 1, tr("%1 (kode %2)").arg(t.name, t.kode),
                              Qt::ToolTipRole);
        }
        // The service's longest names would take the whole table; the list shows them whole.
        type->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        type->setMinimumContentsLength(18);
        type->view()->setMinimumWidth(type->view()->sizeHintForColumn(0) + 24);
        type->setCurrentIndex(qMax(0, type->findData(m_chosenType.value(path))));
        connect(type, &QComboBox::currentIndexChanged, this,
                [this, path, type] { m_chosenType.insert(path, type->currentData().toString()); });
        m_table->setCellWidget(row, TypeColumn, type);

        QString position = tr("not placed yet");
        for (int i = 0; i < m_documents.count(); ++i) {
            if (absolute(m_documents.at(i).path) == path) {
                const Placement &p = m_documents.at(i).placement;
                position = tr("page %1, %2 × %3 mm from the top left")
                               .arg(p.page)
                               .arg(p.u * 25.4 / 72, 0, 'f', 0)
                               .arg(p.v * 25.4 / 72, 0, 'f', 0);
            }
        }
        m_table->setItem(row, PositionColumn, new QTableWidgetItem(position));
        const std::optional<StampJob> before = stampedBefore(path);
        const QString existing = before ? before->sn : existingStamp(path);
        m_table->setItem(row, StateColumn,
                         new QTableWidgetItem(!existing.isEmpty()
                                                  ? tr("already stamped (serial number %1); "
                                                       "it is not stamped again")
                                                        .arg(existing)
                                                  : stateBeforeStamping(path)));
        auto *result
            = new QTableWidgetItem(before ? QFileInfo(before->resultPath).fileName() : QString());
        result->setData(Qt::UserRole, before ? before->resultPath : QString());
        m_table->setItem(row, ResultColumn, result);
    }
    for (int i = 0; i < entries.size(); ++i)
        updateRow(i);
    updateSummary();
}

QString StampPage::stateBeforeStamping(const QString &path) const
{
    switch (placementCheck(path)) {
    case PlacementCheck::Checking: return tr("checking that the stamp lands on blank paper…");
    case PlacementCheck::CoversInk:
        return tr("the stamp covers text or ink: move it in step 3 (Position)");
    case PlacementCheck::Blank: break;
    }
    return tr("ready");
}

QString StampPage::stateText(const StampJob &job)
{
    if (!job.id)
        return tr("waiting its turn");
    switch (job.state) {
    case JobState::Created: return tr("preparing");
    case JobState::Uploaded: return tr("uploaded; asking for a serial number");
    case JobState::SerialPending: return tr("asking for a serial number…");
    case JobState::Serial:
    case JobState::Stamping: return tr("stamping with serial number %1…").arg(job.sn);
    case JobState::Stamped: return tr("stamped; downloading and checking…");
    case JobState::Saved:
        return job.verdict == StampVerdict::Valid
            ? tr("done: e-Meterai %1 checked and valid").arg(job.sn)
            : tr("done: e-Meterai %1 is intact, but its issuer is not a trusted one").arg(job.sn);
    case JobState::Failed: return tr("not stamped: %1").arg(job.lastError);
    case JobState::Cancelled: return tr("cancelled; nothing was spent");
    }
    return {};
}

void StampPage::updateRow(int entryIndex)
{
    const StampBatch::Entry &entry = m_workspace.stamping().entries().at(entryIndex);
    const int row = int(rowPaths().indexOf(absolute(entry.request.sourcePath)));
    if (row < 0 || row >= m_table->rowCount())
        return;
    QString state = stateText(entry.job);
    if (entry.done && !entry.job.finished()) {
        switch (entry.ending) {
        case FlowEnding::Unavailable:
        case FlowEnding::OutcomeUnknown:
            state = tr("waiting for the service; it continues with the same serial number "
                       "(nothing is lost): %1")
                        .arg(entry.failure.message);
            break;
        default: state = tr("not stamped: %1").arg(entry.failure.message); break;
        }
    }
    auto *stateItem = new QTableWidgetItem(state);
    stateItem->setToolTip(state);
    m_table->setItem(row, StateColumn, stateItem);
    auto *result = new QTableWidgetItem(QFileInfo(entry.job.resultPath).fileName());
    result->setData(Qt::UserRole, entry.job.resultPath);
    result->setToolTip(entry.job.resultPath);
    m_table->setItem(row, ResultColumn, result);
    if (auto *type = qobject_cast<QComboBox *>(m_table->cellWidget(row, TypeColumn)))
        type->setEnabled(!m_workspace.stamping().running() && entry.job.id == 0);
    m_table->resizeRowToContents(row); // long states wrap rather than being cut off
}

void StampPage::updateSummary()
{
    const StampBatch &batch = m_workspace.stamping();
    const AccountSession &account = m_workspace.account();
    const int ready = int(readyPaths().size());
    QString quota = tr("%n document(s) ready to stamp, needing %n e-Meterai.", nullptr, ready);
    if (account.hasBalance())
        quota += u' ' + tr("Quota left: %1.").arg(account.balance().saldo);
    else if (account.state() != AccountSession::State::SignedIn)
        quota += u' ' + tr("Sign in first (step 1).");
    m_quota->setText(quota);
    int steps = 0;
    for (const StampBatch::Entry &e : batch.entries())
        steps += e.done ? kJobSteps : (e.job.id ? progressStep(e.job.state) : 0);
    m_progress->setRange(0, qMax(1, int(batch.entries().size()) * kJobSteps));
    m_progress->setValue(steps);
    m_progress->setVisible(!batch.entries().isEmpty());
    const bool signedIn = account.state() == AccountSession::State::SignedIn;
    m_stamp->setEnabled(signedIn && m_workspace.ready(nullptr) && !batch.running() && ready > 0);
    m_stamp->setToolTip(signedIn ? tr("Stamp every document in the list (Ctrl+Enter)")
                                 : tr("Sign in first (step 1)."));
    bool anyResult = false;
    for (const StampBatch::Entry &e : batch.entries())
        anyResult = anyResult || !e.job.resultPath.isEmpty();
    m_openFolder->setEnabled(anyResult);
    // Shown only where there is something to cancel (a document waiting without an SN).
    bool anyCancellable = false;
    for (int i = 0; i < batch.entries().size(); ++i)
        anyCancellable = anyCancellable || batch.cancellable(i);
    m_cancel->setVisible(anyCancellable);
    m_cancel->setEnabled(batch.cancellable(selectedEntry()));
}

int StampPage::selectedEntry() const
{
    const int row = m_table->currentRow();
    const QStringList paths = rowPaths();
    if (row < 0 || row >= paths.size())
        return -1;
    const QList<StampBatch::Entry> &entries = m_workspace.stamping().entries();
    for (int i = 0; i < entries.size(); ++i) {
        if (absolute(entries.at(i).request.sourcePath) == paths.at(row))
            return i;
    }
    return -1;
}

void StampPage::cancelSelected()
{
    const int index = selectedEntry();
    if (!m_workspace.stamping().cancellable(index))
        return;
    const QString name = m_workspace.stamping().entries().at(index).job.fileName;
    if (QMessageBox::question(this, tr("Cancel this document"),
                              tr("Stop stamping %1? It holds no serial number yet, so nothing "
                                 "was spent on it.")
                                  .arg(name))
        != QMessageBox::Yes)
        return;
    const Result<StampJob> cancelled = m_workspace.stamping().cancel(index);
    m_status->setText(cancelled ? tr("%1 is cancelled; nothing was spent on it.").arg(name)
                                : cancelled.failure().message);
}

void StampPage::stampAll()
{
    QList<StampFlow::Request> requests;
    const QStringList ready = readyPaths();
    // A document opened twice counts once, with its latest placement.
    for (int i = m_documents.count() - 1; i >= 0; --i) {
        const OpenDocument &d = m_documents.at(i);
        const QString path = absolute(d.path);
        if (!ready.contains(path)
            || std::any_of(requests.cbegin(), requests.cend(),
                           [&](const StampFlow::Request &r) { return r.sourcePath == path; }))
            continue;
        StampFlow::Request request;
        request.sourcePath = path;
        request.placement = d.placement;
        request.preflight.uploadLimitBytes = d.inspection.uploadLimitBytes;
        request.preflight.stampGrowthBytes = d.inspection.stampGrowthBytes;
        const QString typeName = m_chosenType.value(path);
        request.documentType
            = m_types.find(typeName).value_or(m_types.guess(QFileInfo(path).fileName())).kode;
        requests.prepend(request);
    }
    if (requests.isEmpty())
        return;
    m_status->setText(tr("Checking the quota…"));
    m_workspace.stamping().start(
        requests, Settings(m_workspace.settings()).value(Settings::Key::ResultsFolder).toString());
}

} // namespace bubuh
