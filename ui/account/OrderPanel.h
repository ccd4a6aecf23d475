#pragma once

#include <QGroupBox>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace bubuh {

class PurchaseSession;

// The order being bought: what state it is in, in plain words; how to pay (a QRIS code drawn
// as a QR image, or a virtual account number to copy) and the time left; what the service is
// doing (queue position, the next retry); and the ways out: stop waiting (nothing is lost),
// continue, and export the evidence for a complaint.
class OrderPanel : public QGroupBox
{
    Q_OBJECT
public:
    OrderPanel(PurchaseSession &purchase, bool demo, QWidget *parent = nullptr);

    // Saves the order's record (a complaint's evidence) where the applicant chooses.
    void exportEvidence();

private:
    void update();
    void updateCountdown();
    void showPayment();

    PurchaseSession &m_purchase;
    bool m_demo;
    QLabel *m_state;
    QLabel *m_qr;
    QLabel *m_va;
    QPushButton *m_copyVa;
    QLabel *m_deadline;
    QPushButton *m_paid;
    QProgressBar *m_busy;
    QLabel *m_progress;
    QPushButton *m_stop;
    QPushButton *m_resume;
    QPushButton *m_evidence;
    QTimer *m_clock;
    QString m_shownPayment;
};

} // namespace bubuh
