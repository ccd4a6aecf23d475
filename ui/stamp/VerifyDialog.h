#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace bubuh {

class StampVerifier;

// "Periksa e-Meterai": checks any stamped PDF offline and says in plain words whether its
// e-Meterai is valid, with each signature's details below.
class VerifyDialog : public QDialog
{
    Q_OBJECT
public:
    VerifyDialog(const StampVerifier &verifier, QWidget *parent = nullptr);

    // Checks path now (and, if given, that original is unchanged at its start).
    void check(const QString &path, const QString &original = {});

private:
    QString choose(const QString &title);

    const StampVerifier &m_verifier;
    QLineEdit *m_file;
    QLineEdit *m_original;
    QLabel *m_icon;
    QLabel *m_summary;
    QLabel *m_details;
};

} // namespace bubuh
