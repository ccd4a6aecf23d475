#pragma once

#include "flow/StampPlan.h"

#include <QString>
#include <optional>

namespace bubuh {

// Where the applicant stands in the four steps of design.md, and the one thing to do next:
// the side list's states and summaries ("Kuota: 2", "1 dokumen terlalu besar") and the
// window's next-action button are both read from here, so they never disagree.
class StepGuide
{
public:
    enum class Step { Account, Documents, Position, Stamp };
    enum class State {
        Done,      // nothing left to do here
        Attention, // something here needs the applicant
        Next,      // the step to take now
        Working,   // Bubuh is busy here (signing in, buying, stamping)
        Later,     // not yet possible; the summary says why
    };
    struct StepState
    {
        State state = State::Later;
        QString summary;
    };
    enum class ActionKind {
        SignIn,
        Pay,
        SeeOrder,
        Open,
        FixDocuments,
        MoveStamp,
        Buy,
        Stamp,
        Check,
        None
    };
    struct Action
    {
        ActionKind kind = ActionKind::None;
        Step step = Step::Account; // the page it shows
        int quantity = 0;          // Buy: how many; Stamp: how many documents
        QString label;             // "Lanjut: buka dokumen", "Beli 1 e-Meterai lagi"
    };

    // What the window knows at one moment.
    struct Facts
    {
        enum class Account { SignedOut, SigningIn, SignedIn, Failed };
        Account account = Account::SignedOut;
        bool workspaceReady = true;   // the journal is this window's: it may buy and stamp
        std::optional<qint64> quota;  // nullopt until the balance is known
        bool buying = false;          // an order is under way
        bool awaitingPayment = false; // its payment is the applicant's to make
        bool orderTroubled = false;   // paid (or perhaps paid) and no quota yet
        int documentsOpen = 0;        // every entry, usable or not
        QList<StampPlan::Row> rows;
        bool stamping = false;
        int stampedThisRun = 0;    // saved results of the last batch
        int notStampedThisRun = 0; // finished without a result (their rows say why)
    };

    explicit StepGuide(Facts facts);

    StepState state(Step step) const;
    Action next() const;
    // Documents ready, and the e-Meterai the quota lacks for them (0 when unknown or enough;
    // a document whose job holds its serial needs none).
    int ready() const { return m_ready; }
    int shortfall() const;

private:
    int count(StampPlan::Readiness readiness) const;
    int needingDocumentsStep() const; // too large, protected, unusable
    StepState accountState() const;
    StepState documentsState() const;
    StepState positionState() const;
    StepState stampState() const;

    Facts m_facts;
    int m_ready = 0;
};

} // namespace bubuh
