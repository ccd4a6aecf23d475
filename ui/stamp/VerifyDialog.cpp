#include "VerifyDialog.h"

#include "widgets/Dialogs.h"

#include "pdf/StampVerifier.h"
#include "widgets/Icons.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace bubuh {

VerifyDialog::VerifyDialog(const StampVerifier &verifier, QWidget *parent)
    : QDialog(parent)
    , m_verifier(verifier)
    , m_file(new QLineEdit(this))
    , m_original(new QLineEdit(this))
    , m_icon(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_details(new QLabel(this))
{
    setWindowTitle(tr("Check an e-Meterai"));
    setObjectName(u"verifyDialog"_s);
    m_file->setObjectName(u"verifyFileEdit"_s);
    m_original->setObjectName(u"verifyOriginalEdit"_s);
    m_original->setPlaceholderText(tr("optional: the document before it was stamped"));
    // A PDF chooses its field names and certificate names: they are never read as markup
    // (a fake green "SAH").
    m_summary->setObjectName(u"verifySummaryLabel"_s);
    m_summary->setTextFormat(Qt::RichText); // escaped below
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setObjectName(u"verifyDetailsLabel"_s);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const auto row = [this](QLineEdit *edit, const QString &title) {
        auto *layout = new QHBoxLayout;
        auto *browse = new QPushButton(tr("Choose…"), this);
        layout->addWidget(edit, 1);
        layout->addWidget(browse);
        connect(browse, &QPushButton::clicked, this, [this, edit, title] {
            const QString path = choose(title);
            if (!path.isEmpty())
                edit->setText(path);
        });
        return layout;
    };
    auto *form = new QFormLayout;
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy); // the mnemonic moves the focus to the field
        return l;
    };
    form->addRow(label(tr("Stamped &document:"), m_file),
                 row(m_file, tr("Choose the stamped document")));
    form->addRow(label(tr("&Original:"), m_original),
                 row(m_original, tr("Choose the original document")));
    auto *result = new QHBoxLayout;
    result->addWidget(m_icon, 0, Qt::AlignTop);
    result->addWidget(m_summary, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *checkButton = buttons->addButton(tr("&Check"), QDialogButtonBox::ActionRole);
    checkButton->setObjectName(u"verifyCheckButton"_s);
    checkButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(checkButton, &QPushButton::clicked, this,
            [this] { check(m_file->text(), m_original->text()); });

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Checks offline that the document is unchanged since its "
                                "e-Meterai was added and who signed it. Nothing is sent "
                                "anywhere."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(result);
    layout->addWidget(m_details);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(640, 360);
}

QString VerifyDialog::choose(const QString &title)
{
    return Dialogs::openFileName(this, title, QFileInfo(m_file->text()).absolutePath(),
                                 tr("PDF documents (*.pdf *.PDF)"));
}

void VerifyDialog::check(const QString &path, const QString &original)
{
    m_file->setText(path);
    m_original->setText(original);
    if (path.isEmpty()) {
        m_summary->setText(tr("Choose a stamped document to check."));
        m_icon->clear();
        m_details->clear();
        return;
    }
    m_summary->setText(tr("Checking %1…").arg(QFileInfo(path).fileName().toHtmlEscaped()));
    m_icon->clear();
    m_details->clear();
    const int generation = ++m_generation;
    m_checking = true;
    auto *watcher = new QFutureWatcher<Verification>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_checking = false;
        showResult(watcher->result());
    });
    // The verifier is copied: the check runs on a pool thread, and may outlive this dialog.
    watcher->setFuture(QtConcurrent::run(
        [verifier = m_verifier, path, original] { return verifier.verifyFile(path, original); }));
    QTimer::singleShot(m_timeLimitMs, this, [this, generation] {
        if (generation != m_generation || !m_checking)
            return;
        ++m_generation;
        m_checking = false;
        m_summary->setText(u"<b>%1</b>"_s.arg(
            tr("This document takes too long to check, so Bubuh stopped. A stamped document "
               "from the service checks in moments; this one may be built to stall checkers. "
               "Ask the sender for the original file.")
                .toHtmlEscaped()));
    });
}

void VerifyDialog::showResult(const Verification &v)
{
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_icon->setPixmap(icon(v.valid() ? Icon::StateOk : Icon::StateWarning)
                          .pixmap(QSize(size, size), devicePixelRatioF()));
    m_summary->setText(u"<b>%1</b>"_s.arg(v.summary().toHtmlEscaped()));
    QStringList lines = v.details();
    if (v.originalIsPrefix)
        lines << (*v.originalIsPrefix ? tr("The original document is unchanged at its start.")
                                      : tr("The original document is NOT unchanged at its start."));
    m_details->setText(lines.join(u'\n'));
}

} // namespace bubuh
