#include "PhotoPdfDialog.h"

#include "flow/ResultFile.h"
#include "pdf/DocumentInspector.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace bubuh {

PhotoPdfDialog::PhotoPdfDialog(const QStringList &images, qint64 limitBytes, qint64 growthBytes,
                               QWidget *parent)
    : QDialog(parent)
    , m_limitBytes(limitBytes)
    , m_growthBytes(growthBytes)
    , m_list(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_make(new QPushButton(tr("&Make PDF"), this))
{
    setObjectName(u"photoPdfDialog"_s);
    setWindowTitle(tr("PDF from photos"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("One page per photo or scan, in this order, turned upright and "
                                "fitted on A4. Drag the pages, or use the buttons, to change the "
                                "order."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list->setObjectName(u"photoList"_s);
    m_list->setAccessibleName(tr("Pages, in order"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    for (const QString &image : images) {
        auto *item = new QListWidgetItem(QFileInfo(image).fileName(), m_list);
        item->setData(Qt::UserRole, QFileInfo(image).absoluteFilePath());
    }
    m_list->setCurrentRow(0);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    auto *buttons = new QVBoxLayout;
    auto *up = new QPushButton(tr("Move &up"), this);
    auto *down = new QPushButton(tr("Move &down"), this);
    up->setObjectName(u"moveUpButton"_s);
    down->setObjectName(u"moveDownButton"_s);
    buttons->addWidget(up);
    buttons->addWidget(down);
    buttons->addStretch();
    row->addLayout(buttons);
    layout->addLayout(row);
    m_summary->setObjectName(u"photoPdfSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setText(tr("The PDF is saved as %1.").arg(outputPath()));
    layout->addWidget(m_summary);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    box->addButton(m_make, QDialogButtonBox::AcceptRole);
    m_make->setDefault(true);
    layout->addWidget(box);

    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_make, &QPushButton::clicked, this, &PhotoPdfDialog::make);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Result<PhotoPdf::Fitted>>::finished, this,
            &PhotoPdfDialog::madeIt);
}

QStringList PhotoPdfDialog::images() const
{
    QStringList paths;
    for (int i = 0; i < m_list->count(); ++i)
        paths << m_list->item(i)->data(Qt::UserRole).toString();
    return paths;
}

QString PhotoPdfDialog::outputPath() const
{
    const QStringList paths = images();
    if (paths.isEmpty())
        return {};
    // Never over a file that is already there: "surat.jpg" may sit beside the real "surat.pdf".
    const QFileInfo first(paths.first());
    return ResultFile::nextFree(first.dir().filePath(first.completeBaseName() + u".pdf"_s));
}

void PhotoPdfDialog::move(int by)
{
    const int from = m_list->currentRow();
    const int to = from + by;
    if (from < 0 || to < 0 || to >= m_list->count())
        return;
    m_list->insertItem(to, m_list->takeItem(from));
    m_list->setCurrentRow(to);
    m_summary->setText(tr("The PDF is saved as %1.").arg(outputPath()));
}

void PhotoPdfDialog::make()
{
    if (m_watcher.isRunning())
        return;
    m_make->setEnabled(false);
    m_list->setEnabled(false); // the order and the name are the ones being made
    m_summary->setText(tr("Making the PDF…"));
    const QStringList paths = images();
    const qint64 limit = m_limitBytes, growth = m_growthBytes;
    m_watcher.setFuture(QtConcurrent::run(
        [paths, limit, growth] { return PhotoPdf::buildToFit(paths, limit, growth); }));
}

void PhotoPdfDialog::madeIt()
{
    m_make->setEnabled(true);
    m_list->setEnabled(true);
    const Result<PhotoPdf::Fitted> made = m_watcher.result();
    if (!made) {
        m_summary->setText(made.failure().message);
        Q_EMIT finishedMaking();
        return;
    }
    const QString target = outputPath();
    const QByteArray &pdf = made.value().pdf;
    const Result<QString> saved = ResultFile::saveNew(target, pdf);
    if (!saved) {
        m_summary->setText(
            tr("The PDF cannot be saved to %1: %2").arg(target, saved.failure().detail));
        Q_EMIT finishedMaking();
        return;
    }
    m_savedPath = saved.value();
    if (!made.value().fits)
        m_summary->setText(tr("Saved, but even the strongest setting leaves about %1 KB after "
                              "stamping, over the %2 KB limit. Use fewer pages, or scan again at "
                              "a lower resolution.")
                               .arg(Inspection::kilobytes(pdf.size() + m_growthBytes))
                               .arg(Inspection::kilobytes(m_limitBytes)));
    Q_EMIT finishedMaking();
    if (made.value().fits)
        accept();
}

} // namespace bubuh
