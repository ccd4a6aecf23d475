#include "ShrinkDialog.h"

#include "flow/ResultFile.h"
#include "pdf/DocumentInspector.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPdfDocument>
#include <QPushButton>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace bubuh {

namespace {

constexpr int kPreviewWidth = 260; // logical pixels

QPixmap firstPage(const QByteArray &pdf, qreal ratio)
{
    QBuffer buffer;
    buffer.setData(pdf);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument doc;
    doc.load(&buffer);
    if (doc.pageCount() < 1)
        return {};
    const QSizeF points = doc.pagePointSize(0);
    const QSize pixels
        = (points.scaled(kPreviewWidth, kPreviewWidth * 2, Qt::KeepAspectRatio) * ratio).toSize();
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter(&image).drawImage(0, 0, doc.render(0, pixels));
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(ratio);
    return pixmap;
}

} // namespace

ShrinkDialog::ShrinkDialog(const QString &path, const QByteArray &original, qint64 limitBytes,
                           qint64 growthBytes, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_original(original)
    , m_limitBytes(limitBytes)
    , m_growthBytes(growthBytes)
    , m_before(new QLabel(this))
    , m_after(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"shrinkDialog"_s);
    setWindowTitle(tr("Make smaller: %1").arg(QFileInfo(path).fileName()));
    auto *layout = new QGridLayout(this);
    auto *beforeTitle
        = new QLabel(tr("Before: %1 KB").arg(Inspection::kilobytes(original.size())), this);
    auto *afterTitle = new QLabel(tr("After"), this);
    afterTitle->setObjectName(u"afterTitle"_s);
    layout->addWidget(beforeTitle, 0, 0);
    layout->addWidget(afterTitle, 0, 1);
    for (QLabel *preview : {m_before, m_after}) {
        preview->setMinimumSize(kPreviewWidth, kPreviewWidth * 1.414);
        preview->setAlignment(Qt::AlignCenter);
        preview->setFrameShape(QFrame::StyledPanel);
    }
    m_before->setAccessibleName(tr("The first page before"));
    m_after->setAccessibleName(tr("The first page of the smaller copy"));
    layout->addWidget(m_before, 1, 0);
    layout->addWidget(m_after, 1, 1);
    m_summary->setObjectName(u"shrinkSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setText(tr("Making a smaller copy…"));
    layout->addWidget(m_summary, 2, 0, 1, 2);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save the smaller copy"));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    layout->addWidget(m_buttons, 3, 0, 1, 2);
    m_before->setPixmap(firstPage(original, devicePixelRatioF()));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ShrinkDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Result<PdfShrinker::Fitted>>::finished, this,
            &ShrinkDialog::showResult);
    m_watcher.setFuture(QtConcurrent::run([original, limitBytes, growthBytes] {
        return PdfShrinker::shrinkToFit(original, limitBytes, growthBytes);
    }));
}

void ShrinkDialog::showResult()
{
    const Result<PdfShrinker::Fitted> fitted = m_watcher.result();
    m_shown = true;
    if (!fitted) {
        m_summary->setText(fitted.failure().message);
        return;
    }
    const PdfShrinker::Outcome &outcome = fitted.value().outcome;
    m_smaller = outcome.pdf;
    m_after->setPixmap(firstPage(m_smaller, devicePixelRatioF()));
    findChild<QLabel *>(u"afterTitle"_s)
        ->setText(tr("After: %1 KB").arg(Inspection::kilobytes(m_smaller.size())));
    const qint64 predicted = m_smaller.size() + m_growthBytes;
    QStringList lines;
    lines << (fitted.value().fits
                  ? tr("About %1 KB after stamping: it fits the %2 KB limit.")
                  : tr("Even the strongest setting leaves about %1 KB after stamping, over the "
                       "%2 KB limit. Remove pages, or scan again at a lower resolution."))
                 .arg(Inspection::kilobytes(predicted))
                 .arg(Inspection::kilobytes(m_limitBytes));
    if (outcome.images)
        lines << tr("%n image(s) made lighter (%1 dpi); text and lines stay as they were.", nullptr,
                    outcome.imagesRecoded)
                     .arg(outcome.images->dpi);
    if (!outcome.removed.isEmpty())
        lines << tr("Left out: %1.").arg(outcome.removed.join(u", "_s));
    lines << tr("The copy is saved as %1 beside the original, and that copy is stamped.")
                 .arg(QFileInfo(PdfShrinker::smallerCopyPath(m_path)).fileName());
    m_summary->setText(lines.join(u'\n'));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
}

void ShrinkDialog::save()
{
    // Never over a file that is there: an earlier copy may be the source of a paid job.
    const QString target = PdfShrinker::smallerCopyPath(m_path);
    const Result<QString> saved = ResultFile::saveNew(target, m_smaller);
    if (!saved) {
        m_summary->setText(
            tr("The smaller copy cannot be saved to %1: %2").arg(target, saved.failure().detail));
        return;
    }
    m_savedPath = saved.value();
    accept();
}

} // namespace bubuh
