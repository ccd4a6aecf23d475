#pragma once

#include "net/ReplyParser.h"

#include <QList>
#include <optional>

class QSettings;

namespace bubuh {

// The document types of jenisdoc, kept for offline use: the service's own list once it has
// answered, a built-in copy of the real list (protocol.md Part A, item 3) until then. The
// serial request takes a type's kode, the tax category it declares.
class DocumentTypeCatalog
{
public:
    // The kode an applicant's letter is: 3 (surat). Never 4a or 4b, which are money documents.
    static constexpr QStringView kApplicantKode = u"3";

    explicit DocumentTypeCatalog(QList<DocumentType> types = builtIn());

    static QList<DocumentType> builtIn();
    // The list the service last gave for this profile, or the built-in one.
    static DocumentTypeCatalog load(QSettings &settings);
    static void save(QSettings &settings, const QList<DocumentType> &types);

    const QList<DocumentType> &types() const { return m_types; }
    // What an applicant's document of this name most likely is: "Surat Pernyataan" for a
    // surat pernyataan, the other kode 3 letters by their name, "Surat Lainnya" otherwise.
    DocumentType guess(const QString &fileName) const;
    // By kode ("3", "4a") or by name ("surat pernyataan"): what --type accepts.
    std::optional<DocumentType> find(const QString &kodeOrName) const;

private:
    QList<DocumentType> m_types;
};

} // namespace bubuh
