#include "StepGuide.h"

#include <QCoreApplication>

namespace bubuh {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(bubuh::StepGuide)
};

using Readiness = StampPlan::Readiness;
using Account = StepGuide::Facts::Account;

} // namespace

StepGuide::StepGuide(Facts facts)
    : m_facts(std::move(facts)), m_ready(int(StampPlan::readyPaths(m_facts.rows).size()))
{ }

int StepGuide::count(Readiness readiness) const
{
    return int(
        std::count_if(m_facts.rows.cbegin(), m_facts.rows.cend(),
                      [readiness](const StampPlan::Row &r) { return r.readiness == readiness; }));
}

int StepGuide::needingDocumentsStep() const
{
    return count(Readiness::TooLarge) + count(Readiness::PasswordProtected)
        + count(Readiness::Unusable);
}

int StepGuide::shortfall() const
{
    return StampPlan::shortfall(m_facts.rows, m_facts.quota);
}

StepGuide::StepState StepGuide::state(Step step) const
{
    switch (step) {
    case Step::Account: return accountState();
    case Step::Documents: return documentsState();
    case Step::Position: return positionState();
    case Step::Stamp: return stampState();
    }
    return {};
}

StepGuide::StepState StepGuide::accountState() const
{
    const Facts &f = m_facts;
    switch (f.account) {
    case Account::SignedOut: return {State::Next, Text::tr("Not signed in")};
    case Account::SigningIn: return {State::Working, Text::tr("Signing in…")};
    case Account::Failed: return {State::Attention, Text::tr("Could not sign in")};
    case Account::SignedIn: break;
    }
    if (f.awaitingPayment)
        return {State::Next, Text::tr("Waiting for your payment")};
    if (f.orderTroubled)
        return {State::Attention, Text::tr("An order needs you")};
    if (f.buying)
        return {State::Working, Text::tr("Buying…")};
    if (!f.quota)
        return {State::Working, Text::tr("Reading the quota…")};
    const QString quota = Text::tr("Quota: %1").arg(*f.quota);
    if (const int missing = shortfall(); missing > 0)
        return {State::Next, Text::tr("%1, %n short", nullptr, missing).arg(quota)};
    if (*f.quota == 0 && m_ready == 0 && f.stampedThisRun == 0)
        return {State::Attention, quota};
    return {State::Done, quota};
}

StepGuide::StepState StepGuide::documentsState() const
{
    const Facts &f = m_facts;
    if (f.documentsOpen == 0)
        return {next().step == Step::Documents ? State::Next : State::Later,
                Text::tr("No documents yet")};
    if (const int tooLarge = count(Readiness::TooLarge); tooLarge > 0)
        return {State::Attention, Text::tr("%n document(s) too large", nullptr, tooLarge)};
    if (const int blocked = count(Readiness::PasswordProtected) + count(Readiness::Unusable);
        blocked > 0)
        return {State::Attention, Text::tr("%n document(s) cannot be stamped", nullptr, blocked)};
    if (m_ready > 0)
        return {State::Done, Text::tr("%n document(s) ready", nullptr, m_ready)};
    if (const int stamped = count(Readiness::AlreadyStamped); stamped > 0)
        return {State::Done, Text::tr("%n document(s) already stamped", nullptr, stamped)};
    return {State::Done, Text::tr("%n document(s) open", nullptr, f.documentsOpen)};
}

StepGuide::StepState StepGuide::positionState() const
{
    if (const int covering = count(Readiness::CoversInk); covering > 0)
        return {State::Attention, Text::tr("%n stamp(s) cover text", nullptr, covering)};
    if (m_facts.documentsOpen == 0)
        return {State::Later, Text::tr("Open a document first")};
    if (m_ready == 0)
        return needingDocumentsStep() > 0
            ? StepState{State::Later, Text::tr("The documents need step 2 first")}
            : StepState{State::Done, Text::tr("Nothing left to place")};
    if (count(Readiness::CheckingInk) > 0)
        return {State::Working, Text::tr("Checking the paper…")};
    return {State::Done, Text::tr("On blank paper")};
}

StepGuide::StepState StepGuide::stampState() const
{
    const Facts &f = m_facts;
    if (f.stamping)
        return {State::Working, Text::tr("Stamping…")};
    if (f.notStampedThisRun > 0)
        return {State::Attention,
                Text::tr("%n document(s) not stamped yet", nullptr, f.notStampedThisRun)};
    if (m_ready == 0) {
        if (f.stampedThisRun > 0 || count(Readiness::AlreadyStamped) > 0)
            return {State::Done,
                    Text::tr("%n document(s) stamped", nullptr,
                             qMax(f.stampedThisRun, count(Readiness::AlreadyStamped)))};
        return {State::Later, Text::tr("No document ready yet")};
    }
    if (f.account != Account::SignedIn)
        return {State::Later, Text::tr("Sign in first")};
    if (!f.workspaceReady)
        return {State::Later, Text::tr("Buying and stamping are off")};
    if (const int missing = shortfall(); missing > 0)
        return {State::Later, Text::tr("%n e-Meterai short", nullptr, missing)};
    return {next().kind == ActionKind::Stamp ? State::Next : State::Later,
            Text::tr("%n document(s) to stamp", nullptr, m_ready)};
}

StepGuide::Action StepGuide::next() const
{
    const Facts &f = m_facts;
    if (f.account == Account::SignedOut || f.account == Account::Failed)
        return {ActionKind::SignIn, Step::Account, 0, Text::tr("Next: sign in")};
    if (f.account == Account::SigningIn)
        return {ActionKind::None, Step::Account, 0, Text::tr("Signing in…")};
    if (f.awaitingPayment)
        return {ActionKind::Pay, Step::Account, 0, Text::tr("Next: pay the order")};
    if (f.orderTroubled)
        return {ActionKind::SeeOrder, Step::Account, 0, Text::tr("See the order")};
    if (f.stamping)
        return {ActionKind::None, Step::Stamp, 0, Text::tr("Stamping…")};
    if (f.documentsOpen == 0)
        return {ActionKind::Open, Step::Documents, 0, Text::tr("Next: open documents")};
    if (m_ready == 0) {
        if (count(Readiness::CoversInk) > 0)
            return {ActionKind::MoveStamp, Step::Position, 0, Text::tr("Next: move the stamp")};
        if (needingDocumentsStep() > 0)
            return {ActionKind::FixDocuments, Step::Documents, 0,
                    Text::tr("Next: see what the documents need")};
        if (f.stampedThisRun > 0 || count(Readiness::AlreadyStamped) > 0)
            return {ActionKind::Check, Step::Stamp, 0, Text::tr("Check a stamped document")};
        return {ActionKind::Open, Step::Documents, 0, Text::tr("Next: open documents")};
    }
    if (!f.workspaceReady) // it could not remember what it paid for: nothing that costs
        return {ActionKind::None, Step::Account, 0, Text::tr("Buying and stamping are off")};
    if (f.buying) // never a second order while one is under way
        return {ActionKind::None, Step::Account, 0, Text::tr("Buying…")};
    if (const int missing = shortfall(); missing > 0)
        return {ActionKind::Buy, Step::Account, missing,
                f.quota == 0 ? Text::tr("Buy %n e-Meterai", nullptr, missing)
                             : Text::tr("Buy %n more e-Meterai", nullptr, missing)};
    if (!f.quota)
        return {ActionKind::None, Step::Account, 0, Text::tr("Reading the quota…")};
    return {ActionKind::Stamp, Step::Stamp, m_ready,
            Text::tr("Stamp %n document(s)", nullptr, m_ready)};
}

} // namespace bubuh
