#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

struct x509_store_st;
struct x509_st;

namespace bubuh {

// The roots (or intermediates) an e-Meterai signature may chain to, and which of them belong
// to a simulator. Only these are trusted: never the system's store, whose web-server roots
// say nothing about who may issue an e-Meterai.
class TrustAnchors
{
public:
    enum class Kind { Real, Simulator };

    // Adds every certificate in pem. A certificate whose own name declares it a simulator
    // root ("SIMULASI") is a simulator anchor whatever kind is asked for: that name was
    // chosen by whoever holds its key, so it can only make a stamp read as less real.
    // Returns how many were added.
    int add(const QByteArray &pem, Kind kind = Kind::Real);
    bool addFile(const QString &path);
    bool isEmpty() const { return m_anchors.isEmpty(); }

    // A new OpenSSL store holding every anchor (the caller owns it), with partial chains
    // allowed: a person may trust an intermediate CA rather than its root.
    x509_store_st *newStore() const;
    // The kind of the anchor a verified chain ended at; Real for a certificate that is not one.
    Kind kindOf(x509_st *certificate) const;

private:
    struct Anchor
    {
        QByteArray der;
        Kind kind;
    };
    QList<Anchor> m_anchors;
};

} // namespace bubuh
