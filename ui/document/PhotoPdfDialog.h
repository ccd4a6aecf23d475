#pragma once

#include "pdf/PhotoPdf.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QListWidget;
class QPushButton;

namespace bubuh {

// Buat PDF dari foto: photos and scans, in an order the applicant can change, made into one A4
// PDF that fits the portal slot's limit once stamped (PhotoPdf), off the GUI thread. The PDF is
// saved beside the first image as <first image's name>.pdf, or "<name>-2.pdf" when that is
// taken.
class PhotoPdfDialog : public QDialog
{
    Q_OBJECT
public:
    PhotoPdfDialog(const QStringList &images, qint64 limitBytes, qint64 growthBytes,
                   QWidget *parent = nullptr);

    QStringList images() const;
    QString outputPath() const;
    // The PDF's path once it is saved; empty before.
    QString savedPath() const { return m_savedPath; }
    // Makes the PDF of images() in their order (what the Make button does).
    void make();

Q_SIGNALS:
    void finishedMaking();

private:
    void move(int by);
    void madeIt();

    qint64 m_limitBytes, m_growthBytes;
    QListWidget *m_list;
    QLabel *m_summary;
    QPushButton *m_make;
    QFutureWatcher<Result<PhotoPdf::Fitted>> m_watcher;
    QString m_savedPath;
};

} // namespace bubuh
