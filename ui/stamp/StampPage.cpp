#include "StampPage.h"

#include "core/Language.h"
#include "core/Settings.h"
#include "document/OpenDocuments.h"
#include "session/Workspace.h"
#include "widgets/Dialogs.h"
#include "widgets/EmptyState.h"
#include "widgets/Icons.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
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
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableWidget(this))
    , m_quota(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_stamp(new QPushButton(tr("&Stamp all"), this))
    , m_verify(new QPushButton(tr("&Check an e-Meterai…"), this))
    , m_openFolder(new QPushButton(tr("Open the results &folder"), this))
    , m_cancel(new QPushButton(tr("Ca&ncel this document"), this))
    , m_buyMore(new QPushButton(this))
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
    // Tab leaves the table (the arrow keys move within it), or a keyboard user is caught in it.
    m_table->setTabKeyNavigation(false);
    m_quota->setObjectName(u"stampQuotaLabel"_s);
    m_quota->setTextFormat(Qt::PlainText);
    m_quota->setWordWrap(true);
    m_progress->setObjectName(u"stampProgressBar"_s);
    m_progress->setAccessibleName(tr("Stamping progress"));
    m_status->setObjectName(u"stampStatusLabel"_s);
    m_status->setTextFormat(Qt::PlainText); // the service's messages
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stamp->setObjectName(u"stampAllButton"_s);
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
    m_buyMore->setObjectName(u"buyMoreButton"_s);
    m_buyMore->setIcon(icon(Icon::Buy));
    m_buyMore->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_buyMore);
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
    auto *empty = new EmptyState(tr("Nothing to stamp yet"),
                                 tr("Open the documents to stamp in step 2. Each one is listed "
                                    "here with its document type and where its stamp goes."),
                                 this);
    empty->setObjectName(u"stampEmptyState"_s);
    connect(empty->addAction(Icon::Open, tr("&Open PDF…"), u"stampOpenButton"_s),
            &QPushButton::clicked, this, &StampPage::openRequested);
    m_stack->addWidget(empty);
    m_stack->addWidget(m_table);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_quota);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    StampBatch &batch = workspace.stamping();
    connect(m_stamp, &QPushButton::clicked, this, &StampPage::stampAll);
    // Not the button's own shortcut: its text (with a count and a mnemonic) would replace it.
    for (const QString &keys : {u"Ctrl+Return"_s, u"Ctrl+Enter"_s}) {
        connect(new QShortcut(QKeySequence(keys), this), &QShortcut::activated, this, [this] {
            if (m_stamp->isEnabled())
                m_stamp->click();
        });
    }
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
    connect(m_buyMore, &QPushButton::clicked, this, [this] { Q_EMIT buyRequested(shortfall()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &StampPage::updateSummary);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        const QTableWidgetItem *result = m_table->item(row, ResultColumn);
        if (result && !result->data(Qt::UserRole).toString().isEmpty())
            Q_EMIT verifyRequested(result->data(Qt::UserRole).toString());
    });
    connect(&documents, &OpenDocuments::opened, this, &StampPage::rebuild);
    connect(&documents, &OpenDocuments::changed, this, &StampPage::rebuild);
    connect(&batch, &StampBatch::entryChanged, this, [this](int index) {
        if (m_table->rowCount() != rowPaths().size()) {
            rebuild();
        } else {
            refreshPlan(); // a saved job makes its document "already stamped"
            updateRow(index);
        }
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
    // An order under way or waiting for its payment takes the "buy more" button away.
    connect(&workspace.purchase(), &PurchaseSession::changed, this, &StampPage::updateSummary);
    connect(&workspace.account(), &AccountSession::changed, this, [this] {
        if (m_workspace.account().state() == AccountSession::State::SignedIn && !m_typesAsked) {
            m_typesAsked = true; // once; the fallback list stays if the service cannot say
            loadDocumentTypes();
        }
        updateSummary();
    });
    rebuild();
}

void StampPage::refreshPlan()
{
    m_rows = m_workspace.planRows(m_documents.planned());
    Q_EMIT planChanged();
}

const StampPlan::Row *StampPage::planRow(const QString &path) const
{
    for (const StampPlan::Row &row : m_rows) {
        if (row.path == path)
            return &row;
    }
    return nullptr;
}

int StampPage::readyCount() const
{
    return int(StampPlan::readyPaths(m_rows).size());
}

int StampPage::shortfall() const
{
    const AccountSession &account = m_workspace.account();
    return StampPlan::shortfall(
        m_rows, account.hasBalance() ? std::optional(account.balance().saldo) : std::nullopt);
}

QStringList StampPage::rowPaths() const
{
    QStringList paths;
    for (const StampBatch::Entry &e : m_workspace.stamping().entries())
        paths << absolute(e.request.sourcePath);
    for (const StampPlan::Row &row : m_rows) {
        // A replaced document is shown once, as its smaller copy.
        if (!paths.contains(row.path) && row.readiness != StampPlan::Readiness::Replaced)
            paths << row.path;
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
        m_workspace.stampPlan().setTypes(DocumentTypeCatalog(types.value()));
        rebuild();
    });
}

void StampPage::rebuild()
{
    refreshPlan();
    const QStringList paths = rowPaths();
    const QList<StampBatch::Entry> &entries = m_workspace.stamping().entries();
    const StampPlan &plan = m_workspace.stampPlan();
    m_table->setRowCount(int(paths.size()));
    for (int row = 0; row < paths.size(); ++row) {
        const QString &path = paths[row];
        const StampPlan::Row *planned = planRow(path);
        auto *name = new QTableWidgetItem(QFileInfo(path).fileName());
        name->setToolTip(path);
        m_table->setItem(row, DocumentColumn, name);

        auto *type = new QComboBox(m_table);
        type->setAccessibleName(tr("Document type of %1").arg(QFileInfo(path).fileName()));
        for (const DocumentType &t : plan.types().types()) {
            type->addItem(t.name, t.name);
            type->setItemData(type->count() - 1, tr("%1 (kode %2)").arg(t.name, t.kode),
                              Qt::ToolTipRole);
        }
        // The service's longest names would take the whole table; the list shows them whole.
        type->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        type->setMinimumContentsLength(18);
        type->view()->setMinimumWidth(type->view()->sizeHintForColumn(0) + 24);
        type->setCurrentIndex(qMax(0, type->findData(planned ? planned->type.name : QString())));
        type->setEnabled(planned && planned->ready());
        connect(type, &QComboBox::currentIndexChanged, this, [this, path, type] {
            m_workspace.stampPlan().chooseType(path, type->currentData().toString());
        });
        m_table->setCellWidget(row, TypeColumn, type);

        const QString position = planned ? tr("page %1, %2 × %3 mm from the top left")
                                               .arg(planned->placement.page)
                                               .arg(planned->placement.u * 25.4 / 72, 0, 'f', 0)
                                               .arg(planned->placement.v * 25.4 / 72, 0, 'f', 0)
                                         : QString();
        m_table->setItem(row, PositionColumn, new QTableWidgetItem(position));
        auto *state = new QTableWidgetItem(planned ? planned->stateText() : QString());
        state->setToolTip(state->text());
        m_table->setItem(row, StateColumn, state);
        const QString resultPath = planned ? planned->resultPath : QString();
        auto *result = new QTableWidgetItem(QFileInfo(resultPath).fileName());
        result->setData(Qt::UserRole, resultPath);
        m_table->setItem(row, ResultColumn, result);
    }
    for (int i = 0; i < entries.size(); ++i)
        updateRow(i);
    m_table->resizeRowsToContents();
    m_stack->setCurrentIndex(paths.isEmpty() ? 0 : 1);
    updateSummary();
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
    const int ready = readyCount();
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
    const int missing = shortfall();
    m_stamp->setEnabled(signedIn && m_workspace.ready(nullptr) && !batch.running() && ready > 0
                        && missing == 0);
    m_stamp->setText(ready > 0 ? tr("&Stamp %n document(s)", nullptr, ready) : tr("&Stamp all"));
    m_buyMore->setText(tr("B&uy %n more e-Meterai", nullptr, missing));
    m_buyMore->setToolTip(tr("The quota holds %1; these documents need %2. Opens step 1 with "
                             "the quantity filled in.")
                              .arg(account.hasBalance() ? account.balance().saldo : 0)
                              .arg(ready));
    // No second order while one may still bring quota (step 1 shows it).
    m_buyMore->setVisible(missing > 0 && !batch.running()
                          && !m_workspace.purchase().mayBringQuota());
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
    if (Dialogs::question(this, tr("Cancel this document"),
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
    refreshPlan();
    updateSummary();
    // Whoever asks (the button, Ctrl+Enter, the next action): only what the button allows, so
    // never without this window's journal, signed out, twice at once or short of quota.
    if (!m_stamp->isEnabled())
        return;
    QList<StampFlow::Request> requests;
    for (const StampPlan::Row &row : std::as_const(m_rows)) {
        if (!row.ready())
            continue;
        // A document opened twice counts once, with its latest placement: the plan's row.
        StampFlow::Request request;
        request.sourcePath = row.path;
        request.placement = row.placement;
        request.preflight.uploadLimitBytes = row.uploadLimitBytes;
        request.preflight.stampGrowthBytes = row.stampGrowthBytes;
        request.documentType = row.type.kode;
        request.expectedHash = row.hash;
        requests << request;
    }
    if (requests.isEmpty())
        return;
    m_status->setText(tr("Checking the quota…"));
    m_workspace.stamping().start(
        requests, Settings(m_workspace.settings()).value(Settings::Key::ResultsFolder).toString());
}

} // namespace bubuh
