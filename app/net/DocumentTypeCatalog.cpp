#include "DocumentTypeCatalog.h"
#include "core/Settings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace bubuh {

DocumentTypeCatalog::DocumentTypeCatalog(QList<DocumentType> types) : m_types(std::move(types))
{
    if (m_types.isEmpty())
        m_types = builtIn();
}

QList<DocumentType> DocumentTypeCatalog::builtIn()
{
    // Kodes are tax categories of UU 10/2020; the names are the service's own.
    return {
        {{}, u"3"_s, u"Surat Pernyataan"_s},
        {{}, u"3"_s, u"Surat Keterangan"_s},
        {{}, u"3"_s, u"Surat Perjanjian"_s},
        {{}, u"3"_s, u"Surat Lainnya"_s},
        {{}, u"2"_s, u"Dokumen Transaksi"_s},
        {{}, u"2"_s, u"Surat Berharga"_s},
        {{}, u"2"_s, u"Akta Pejabat"_s},
        {{}, u"2"_s, u"Akta Notaris"_s},
        {{}, u"2"_s, u"Dokumen Lelang"_s},
        {{}, u"2"_s, u"Dokumen lain-lain"_s},
        {{}, u"4a"_s, u"Dokumen penerimaan uang / pernyataan jumlah uang (lebih dari 5 juta)"_s},
        {{}, u"4b"_s, u"Dokumen pelunasan utang (lebih dari 5 juta)"_s},
    };
}

DocumentTypeCatalog DocumentTypeCatalog::load(QSettings &settings)
{
    QList<DocumentType> types;
    for (const QVariant &v : Settings(settings).value(Settings::Key::DocumentTypes).toList()) {
        const QStringList fields = v.toStringList();
        if (fields.size() == 3 && !fields[1].isEmpty() && !fields[2].isEmpty())
            types.append({fields[0], fields[1], fields[2]});
    }
    return DocumentTypeCatalog(types);
}

void DocumentTypeCatalog::save(QSettings &settings, const QList<DocumentType> &types)
{
    QVariantList list;
    for (const DocumentType &t : types)
        list.append(QStringList{t.id, t.kode, t.name});
    Settings(settings).setValue(Settings::Key::DocumentTypes, list);
}

DocumentType DocumentTypeCatalog::guess(const QString &fileName) const
{
    const QString name = fileName.toLower();
    const auto named = [this](QStringView wanted) -> std::optional<DocumentType> {
        for (const DocumentType &t : m_types) {
            if (t.kode == kApplicantKode && t.name.compare(wanted, Qt::CaseInsensitive) == 0)
                return t;
        }
        return std::nullopt;
    };
    for (const auto &[word, type] : {std::pair{u"pernyataan", u"Surat Pernyataan"},
                                     {u"keterangan", u"Surat Keterangan"},
                                     {u"perjanjian", u"Surat Perjanjian"}}) {
        if (name.contains(word)) {
            if (const auto t = named(type))
                return *t;
        }
    }
    if (const auto t = named(u"Surat Lainnya"))
        return *t;
    for (const DocumentType &t : m_types) {
        if (t.kode == kApplicantKode)
            return t;
    }
    return {{}, kApplicantKode.toString(), u"Surat Lainnya"_s};
}

std::optional<DocumentType> DocumentTypeCatalog::find(const QString &kodeOrName) const
{
    const QString wanted = kodeOrName.trimmed();
    for (const DocumentType &t : m_types) {
        if (t.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return t;
    }
    for (const DocumentType &t : m_types) {
        if (t.kode.compare(wanted, Qt::CaseInsensitive) == 0)
            return t;
    }
    return std::nullopt;
}

} // namespace bubuh
