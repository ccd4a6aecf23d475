#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace bubuh {

class StampVerifier;
struct Verification;

// "Periksa e-Meterai": checks any stamped PDF offline and says in plain words whether its
// e-Meterai is valid, with each signature's details below.
class VerifyDialog : public QDialog
{
    Q_OBJECT
public:
    VerifyDialog(const StampVerifier &verifier, QWidget *parent = nullptr);

    // Checks path (and, if given, that original is unchanged at its start) off the window's
    // thread: a document built to stall a checker cannot freeze the window, and after the
    // time limit the dialog says so and stops waiting for it.
    void check(const QString &path, const QString &original = {});
    bool checking() const { return m_checking; }
    void setTimeLimit(int ms) { m_timeLimitMs = ms; }
    static constexpr int kTimeLimitMs = 20'000;

private:
    QString choose(const QString &title);
    void showResult(const Verification &v);

    const StampVerifier &m_verifier;
    QLineEdit *m_file;
    QLineEdit *m_original;
    QLabel *m_icon;
    QLabel *m_summary;
    QLabel *m_details;
    int m_timeLimitMs = kTimeLimitMs;
    int m_generation = 0; // answers of an older check, or one given up on, are dropped
    bool m_checking = false;
};

} // namespace bubuh
