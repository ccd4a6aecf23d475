#pragma once

#include "pdf/PdfShrinker.h"

#include <QDialog>
#include <QFutureWatcher>

class QDialogButtonBox;
class QLabel;

namespace bubuh {

// Perkecil: makes the smaller copy of a document whose stamped result would not fit its portal
// slot, off the GUI thread, and shows the first page before and after side by side with the
// new size. Saving writes <name>_kecil.pdf beside the original, which is never changed (or
// <name>_kecil-2.pdf…: an earlier copy may be the source of a paid job).
class ShrinkDialog : public QDialog
{
    Q_OBJECT
public:
    ShrinkDialog(const QString &path, const QByteArray &original, qint64 limitBytes,
                 qint64 growthBytes, QWidget *parent = nullptr);

    // The copy's path once it is saved; empty before.
    QString savedPath() const { return m_savedPath; }
    // Until the result is shown (the worker may be done before its answer is handled).
    bool busy() const { return !m_shown; }
    // The limit the copy was made for.
    qint64 limitBytes() const { return m_limitBytes; }

private:
    void showResult();
    void save();

    QString m_path;
    QByteArray m_original;
    qint64 m_limitBytes, m_growthBytes;
    QFutureWatcher<Result<PdfShrinker::Fitted>> m_watcher;
    QByteArray m_smaller;
    QString m_savedPath;
    bool m_shown = false;
    QLabel *m_before, *m_after, *m_summary;
    QDialogButtonBox *m_buttons;
};

} // namespace bubuh
