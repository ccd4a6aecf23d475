#include "LaterChanges.h"

#include <qpdf/QPDFMatrix.hh>

#include <optional>
#include <set>

using namespace Qt::StringLiterals;

namespace bubuh {

namespace {

using Kind = SignatureCheck::LaterChanges;
using ObjectSet = std::set<QPDFObjGen>;

QString idOf(QPDFObjGen objGen)
{
    return QString::fromStdString(objGen.unparse(' '));
}

QString keyName(const std::string &key)
{
    return QString::fromStdString(key);
}

// More indirect objects than any real validation data or stamp appearance holds (a DSS has
// dozens): a walk that meets more stops, and the update counts as more than either.
constexpr size_t kObjectBudget = 100'000;

bool onlyKeys(QPDFObjectHandle dict, std::initializer_list<const char *> allowed)
{
    for (const std::string &key : dict.getKeys()) {
        if (std::none_of(allowed.begin(), allowed.end(),
                         [&key](const char *name) { return key == name; }))
            return false;
    }
    return true;
}

// The indirect objects of a well-formed /DSS, checked for their shape as they are collected:
// only streams of validation data, arrays of them and the dictionaries that hold them.
class ValidationData
{
public:
    // False, with why, when something under /DSS is not validation data.
    bool collect(QPDFObjectHandle dss, QString *why)
    {
        if (collectShaped(dss, why))
            return true;
        if (m_objects.size() > kObjectBudget)
            *why = u"more than %1 objects hang from /DSS: not validation data"_s.arg(kObjectBudget);
        return false;
    }
    bool contains(QPDFObjGen objGen) const { return m_objects.count(objGen) > 0; }

private:
    bool collectShaped(QPDFObjectHandle dss, QString *why)
    {
        if (dss.isNull())
            return true;
        if (!dss.isDictionary() || !onlyKeys(dss, {"/Type", "/Certs", "/OCSPs", "/CRLs", "/VRI"})
            || (dss.hasKey("/Type") && !dss.getKey("/Type").isNameAndEquals("/DSS")))
            return fail(why, u"/DSS is not a dictionary of validation data"_s);
        take(dss);
        for (const char *key : {"/Certs", "/OCSPs", "/CRLs"}) {
            if (dss.hasKey(key) && !streams(dss.getKey(key)))
                return fail(why, u"/DSS %1 is not an array of data streams"_s.arg(keyName(key)));
        }
        if (!dss.hasKey("/VRI"))
            return true;
        QPDFObjectHandle vri = dss.getKey("/VRI");
        if (!vri.isDictionary())
            return fail(why, u"/DSS /VRI is not a dictionary"_s);
        take(vri);
        for (auto &[hash, entry] : vri.ditems()) {
            if (!entry.isDictionary()
                || !onlyKeys(entry, {"/Type", "/Cert", "/CRL", "/OCSP", "/TU", "/TS"})
                || !take(entry))
                return fail(why, u"/VRI %1 is not validation data"_s.arg(keyName(hash)));
            for (const char *key : {"/Cert", "/CRL", "/OCSP"}) {
                if (entry.hasKey(key) && !streams(entry.getKey(key)))
                    return fail(why, u"/VRI %1 is not validation data"_s.arg(keyName(hash)));
            }
            if ((entry.hasKey("/TS") && !dataStream(entry.getKey("/TS")))
                || (entry.hasKey("/TU") && !entry.getKey("/TU").isString()))
                return fail(why, u"/VRI %1 is not validation data"_s.arg(keyName(hash)));
        }
        return true;
    }
    static bool fail(QString *why, const QString &text)
    {
        *why = text;
        return false;
    }
    // Records an indirect object; false once the budget is spent.
    bool take(QPDFObjectHandle object)
    {
        if (object.isIndirect())
            m_objects.insert(object.getObjGen());
        return m_objects.size() <= kObjectBudget;
    }
    // A certificate, CRL, OCSP response or token, with nothing in its dictionary but how it
    // is stored: a page, a content stream with resources or an image is none of these.
    bool dataStream(QPDFObjectHandle object)
    {
        return object.isStream() && object.isIndirect()
            && onlyKeys(object.getDict(), {"/Length", "/Filter", "/DecodeParms", "/DL"})
            && take(object);
    }
    bool streams(QPDFObjectHandle array)
    {
        if (!array.isArray() || !take(array))
            return false;
        for (QPDFObjectHandle item : array.aitems()) {
            if (!dataStream(item))
                return false;
        }
        return true;
    }

    ObjectSet m_objects;
};

// Every indirect object reachable from an object, walked with a work list rather than by
// recursion, so that a long chain of objects cannot overflow the stack; false when the
// budget ran out.
bool collectReachable(QPDFObjectHandle start, ObjectSet &seen)
{
    std::vector<QPDFObjectHandle> work{start};
    while (!work.empty()) {
        QPDFObjectHandle object = work.back();
        work.pop_back();
        if (object.isIndirect()) {
            if (!seen.insert(object.getObjGen()).second)
                continue;
            if (seen.size() > kObjectBudget)
                return false;
        }
        if (object.isArray()) {
            for (QPDFObjectHandle item : object.aitems())
                work.push_back(item);
        } else if (object.isDictionary() || object.isStream()) {
            QPDFObjectHandle dict = object.isStream() ? object.getDict() : object;
            for (auto &[key, value] : dict.ditems())
                work.push_back(value);
        }
    }
    return true;
}

// The indirect objects an object refers to in its own structure (not through them).
void referencesOf(QPDFObjectHandle object, std::vector<QPDFObjectHandle> &out)
{
    std::vector<QPDFObjectHandle> work;
    const auto children = [&work](QPDFObjectHandle o) {
        if (o.isArray()) {
            for (QPDFObjectHandle item : o.aitems())
                work.push_back(item);
        } else if (o.isDictionary() || o.isStream()) {
            for (auto &[key, value] : (o.isStream() ? o.getDict() : o).ditems())
                work.push_back(value);
        }
    };
    children(object);
    while (!work.empty()) {
        QPDFObjectHandle item = work.back();
        work.pop_back();
        if (item.isIndirect())
            out.push_back(item);
        else
            children(item);
    }
}

// Object numbers the signed revision refers to without defining them. An update that
// defines one changes what the signed objects show without changing them (a page's
// /Contents [5 0 R 99 0 R], with 99 added later as "validation data").
ObjectSet danglingReferences(QPDF &revision)
{
    const std::map<QPDFObjGen, QPDFXRefEntry> defined = revision.getXRefTable();
    ObjectSet dangling;
    std::vector<QPDFObjectHandle> references;
    for (QPDFObjectHandle object : revision.getAllObjects()) {
        references.clear();
        referencesOf(object, references);
        for (QPDFObjectHandle reference : references) {
            if (defined.count(reference.getObjGen()) == 0)
                dangling.insert(reference.getObjGen());
        }
    }
    referencesOf(revision.getTrailer(), references);
    for (QPDFObjectHandle reference : references) {
        if (defined.count(reference.getObjGen()) == 0)
            dangling.insert(reference.getObjGen());
    }
    return dangling;
}

// The items `after` holds beyond `before`, when `before`'s items are its first ones in the
// same order (an absent `before` is empty); nothing when anything was changed or taken away.
std::optional<std::vector<QPDFObjectHandle>> appended(QPDFObjectHandle before,
                                                      QPDFObjectHandle after)
{
    std::vector<QPDFObjectHandle> old
        = before.isArray() ? before.getArrayAsVector() : std::vector<QPDFObjectHandle>();
    if ((!before.isNull() && !before.isArray()) || !after.isArray())
        return std::nullopt;
    std::vector<QPDFObjectHandle> now = after.getArrayAsVector();
    if (now.size() < old.size())
        return std::nullopt;
    for (size_t i = 0; i < old.size(); ++i) {
        if (old[i].unparse() != now[i].unparse())
            return std::nullopt;
    }
    return std::vector<QPDFObjectHandle>(now.begin() + qsizetype(old.size()), now.end());
}

// The first key, other than those allowed, whose value differs between two dictionaries.
std::optional<std::string> changedKey(QPDFObjectHandle before, QPDFObjectHandle after,
                                      std::initializer_list<const char *> allowed)
{
    std::set<std::string> keys = before.getKeys();
    for (const std::string &key : after.getKeys())
        keys.insert(key);
    for (const std::string &key : keys) {
        if (std::any_of(allowed.begin(), allowed.end(),
                        [&key](const char *name) { return key == name; }))
            continue;
        if (before.getKey(key).unparse() != after.getKey(key).unparse())
            return key;
    }
    return std::nullopt;
}

// What the later updates did, object by object, against the signed revision.
class UpdateReview
{
public:
    UpdateReview(QPDF &revision, QPDF &full) : m_revision(revision), m_full(full) { }

    LaterChangeReport run(qint64 signedEnd, qint64 fileSize);

private:
    bool certified() { return m_revision.getRoot().getKey("/Perms").hasKey("/DocMDP"); }
    // Checks a changed object that a new signature may change; false when it is anything else.
    bool reviewChanged(QPDFObjGen objGen, QString *why);
    bool reviewForm(QPDFObjectHandle before, QPDFObjectHandle after, QString *why);
    bool reviewNewSignatures(QString *why);
    bool appearanceFits(QPDFObjectHandle widget, QString *why);

    QPDF &m_revision;
    QPDF &m_full;
    ObjectSet m_newSignatureObjects; // fields, widgets, values and appearances added
    std::vector<QPDFObjectHandle> m_addedFields, m_addedAnnots;
};

bool UpdateReview::reviewForm(QPDFObjectHandle before, QPDFObjectHandle after, QString *why)
{
    if (!before.isDictionary() || !after.isDictionary()) {
        *why = u"the form (/AcroForm) changed after signing"_s;
        return false;
    }
    if (const auto key = changedKey(before, after, {"/Fields", "/SigFlags"})) {
        *why = u"the form's %1 changed after signing"_s.arg(keyName(*key));
        return false;
    }
    QPDFObjectHandle fields = after.getKey("/Fields");
    if (fields.isIndirect() && fields.getObjGen() == before.getKey("/Fields").getObjGen())
        return true; // the array itself is reviewed as a changed object, if it changed
    const auto added = appended(before.getKey("/Fields"), fields);
    if (!added) {
        *why = u"fields were changed or removed after signing"_s;
        return false;
    }
    if (fields.isIndirect())
        m_newSignatureObjects.insert(fields.getObjGen());
    m_addedFields.insert(m_addedFields.end(), added->begin(), added->end());
    return true;
}

bool UpdateReview::reviewChanged(QPDFObjGen objGen, QString *why)
{
    *why = u"object %1 changed after signing"_s.arg(idOf(objGen));
    if (certified())
        return false;
    QPDFObjectHandle before = m_revision.getObject(objGen);
    QPDFObjectHandle after = m_full.getObject(objGen);
    QPDFObjectHandle form = m_revision.getRoot().getKey("/AcroForm");
    if (form.isIndirect() && form.getObjGen() == objGen)
        return reviewForm(before, after, why);
    if (form.getKey("/Fields").isIndirect() && form.getKey("/Fields").getObjGen() == objGen) {
        const auto added = appended(before, after);
        if (added)
            m_addedFields.insert(m_addedFields.end(), added->begin(), added->end());
        return added.has_value();
    }
    if (before.isDictionary() && before.getKey("/Type").isNameAndEquals("/Page")) {
        if (changedKey(before, after, {"/Annots"}))
            return false;
        QPDFObjectHandle annots = after.getKey("/Annots");
        if (annots.isIndirect() && annots.getObjGen() == before.getKey("/Annots").getObjGen())
            return true;
        const auto added = appended(before.getKey("/Annots"), annots);
        if (added && annots.isIndirect())
            m_newSignatureObjects.insert(annots.getObjGen());
        if (added)
            m_addedAnnots.insert(m_addedAnnots.end(), added->begin(), added->end());
        return added.has_value();
    }
    // A page's own /Annots array, kept as an object of its own.
    for (QPDFObjectHandle page : m_revision.getAllPages()) {
        QPDFObjectHandle annots = page.getKey("/Annots");
        if (annots.isIndirect() && annots.getObjGen() == objGen) {
            const auto added = appended(before, after);
            if (added)
                m_addedAnnots.insert(m_addedAnnots.end(), added->begin(), added->end());
            return added.has_value();
        }
    }
    return false;
}

bool UpdateReview::appearanceFits(QPDFObjectHandle widget, QString *why)
{
    *why = u"the appearance of widget %1 is not drawn inside its own box"_s.arg(
        idOf(widget.getObjGen()));
    QPDFObjectHandle rect = widget.getKey("/Rect");
    if (!rect.isRectangle())
        return false;
    const QPDFObjectHandle::Rectangle box = rect.getArrayAsRectangle();
    const double width = std::abs(box.urx - box.llx), height = std::abs(box.ury - box.lly);
    // On the page it is annotated on.
    QPDFObjectHandle page = widget.getKey("/P");
    if (page.isDictionary() && page.getKey("/MediaBox").isRectangle()) {
        const QPDFObjectHandle::Rectangle media = page.getKey("/MediaBox").getArrayAsRectangle();
        if (std::min(box.llx, box.urx) < media.llx - 1 || std::max(box.llx, box.urx) > media.urx + 1
            || std::min(box.lly, box.ury) < media.lly - 1
            || std::max(box.lly, box.ury) > media.ury + 1)
            return false;
    }
    QPDFObjectHandle appearances = widget.getKey("/AP");
    if (appearances.isNull())
        return true; // an invisible signature draws nothing
    if (!appearances.isDictionary())
        return false;
    for (auto &[state, value] : appearances.ditems()) {
        std::vector<QPDFObjectHandle> streams;
        if (value.isStream())
            streams.push_back(value);
        else if (value.isDictionary())
            for (auto &[name, stream] : value.ditems())
                streams.push_back(stream);
        for (QPDFObjectHandle stream : streams) {
            if (!stream.isStream() || !stream.getDict().getKey("/BBox").isRectangle())
                return false;
            QPDFObjectHandle matrix = stream.getDict().getKey("/Matrix");
            const QPDFMatrix transform
                = matrix.isMatrix() ? QPDFMatrix(matrix.getArrayAsMatrix()) : QPDFMatrix();
            // Drawn at the size of the box, so nothing is stretched over the page around it.
            const QPDFObjectHandle::Rectangle drawn = transform.transformRectangle(
                stream.getDict().getKey("/BBox").getArrayAsRectangle());
            if (std::abs((drawn.urx - drawn.llx) - width) > 1
                || std::abs((drawn.ury - drawn.lly) - height) > 1)
                return false;
        }
    }
    return true;
}

bool UpdateReview::reviewNewSignatures(QString *why)
{
    ObjectSet widgets;
    for (QPDFObjectHandle field : m_addedFields) {
        const QString id = field.isIndirect() ? idOf(field.getObjGen()) : u"?"_s;
        if (!field.isIndirect() || !m_revision.getObject(field.getObjGen()).isNull()
            || !field.isDictionary() || !field.getKey("/FT").isNameAndEquals("/Sig")
            || !field.getKey("/V").isDictionary() || !field.getKey("/V").isIndirect()
            || !m_revision.getObject(field.getKey("/V").getObjGen()).isNull()) {
            *why = u"field %1 added after signing is not a new signature"_s.arg(id);
            return false;
        }
        m_newSignatureObjects.insert(field.getObjGen());
        m_newSignatureObjects.insert(field.getKey("/V").getObjGen());
        // A field that is its own widget, or one with widgets as /Kids.
        std::vector<QPDFObjectHandle> kids = field.getKey("/Kids").isArray()
            ? field.getKey("/Kids").getArrayAsVector()
            : std::vector<QPDFObjectHandle>{field};
        for (QPDFObjectHandle widget : kids) {
            if (!widget.isIndirect() || !widget.getKey("/Subtype").isNameAndEquals("/Widget")
                || !m_revision.getObject(widget.getObjGen()).isNull()) {
                *why = u"field %1 added after signing has a widget that is not new"_s.arg(id);
                return false;
            }
            if (!appearanceFits(widget, why))
                return false;
            widgets.insert(widget.getObjGen());
            m_newSignatureObjects.insert(widget.getObjGen());
            ObjectSet appearance;
            if (!collectReachable(widget.getKey("/AP"), appearance)) {
                *why = u"the appearance of field %1 holds more than %2 objects"_s.arg(id).arg(
                    kObjectBudget);
                return false;
            }
            m_newSignatureObjects.insert(appearance.begin(), appearance.end());
        }
    }
    // Every annotation added is one of those widgets: no other annotation may appear.
    for (QPDFObjectHandle annot : m_addedAnnots) {
        if (!annot.isIndirect() || widgets.count(annot.getObjGen()) == 0) {
            *why = u"an annotation added after signing is not a new signature's widget"_s;
            return false;
        }
    }
    return true;
}

LaterChangeReport UpdateReview::run(qint64 signedEnd, qint64 fileSize)
{
    QPDFObjectHandle root = m_full.getRoot();
    // A new catalog would make a new document of its own: everything in it would hang from
    // its own /DSS.
    if (root.getObjGen() != m_revision.getRoot().getObjGen())
        return {Kind::Other,
                u"the trailer's /Root is a new catalog, object %1"_s.arg(idOf(root.getObjGen()))};
    QString why;
    ValidationData data, dataBefore;
    if (!data.collect(root.getKey("/DSS"), &why)
        || !dataBefore.collect(m_revision.getRoot().getKey("/DSS"), &why))
        return {Kind::Other, why};

    const std::map<QPDFObjGen, QPDFXRefEntry> xref = m_full.getXRefTable();
    // Nothing of the signed revision may be taken away: an update can also free an object
    // (a page's contents, say) without redefining anything.
    for (const auto &[objGen, entry] : m_revision.getXRefTable()) {
        const auto now = xref.find(objGen);
        if (now == xref.end() || now->second.getType() == 0)
            return {Kind::Other, u"object %1 was removed after signing"_s.arg(idOf(objGen))};
    }
    const auto offsetOf = [&xref](const QPDFXRefEntry &entry) -> qint64 {
        if (entry.getType() == 1)
            return entry.getOffset();
        if (entry.getType() == 2) {
            const auto stream = xref.find(QPDFObjGen(entry.getObjStreamNumber(), 0));
            return stream == xref.end() ? -1 : stream->second.getOffset();
        }
        return -1;
    };

    const ObjectSet dangling = danglingReferences(m_revision);
    const std::map<QPDFObjGen, QPDFXRefEntry> defined = m_revision.getXRefTable();
    int changed = 0;
    std::vector<QPDFObjectHandle> changedObjects;
    for (const auto &[objGen, entry] : xref) {
        if (offsetOf(entry) < signedEnd)
            continue;
        ++changed;
        QPDFObjectHandle before = m_revision.getObject(objGen);
        QPDFObjectHandle after = m_full.getObject(objGen);
        if (defined.count(objGen) == 0) {
            if (dangling.count(objGen) > 0)
                return {Kind::Other,
                        u"object %1, which the signed revision refers to, was defined after "
                        "signing"_s.arg(idOf(objGen))};
            continue; // new: judged below by what refers to it
        }
        changedObjects.push_back(after);
        if (objGen == root.getObjGen()) {
            if (const auto key = changedKey(before, after, {"/DSS", "/Extensions", "/AcroForm"}))
                return {Kind::Other, u"the catalog's %1 changed"_s.arg(keyName(*key))};
            QPDFObjectHandle formBefore = before.getKey("/AcroForm");
            QPDFObjectHandle formAfter = after.getKey("/AcroForm");
            if (formBefore.unparse() != formAfter.unparse()
                && (certified() || formBefore.isIndirect() || formAfter.isIndirect()
                    || !reviewForm(formBefore, formAfter, &why)))
                return {Kind::Other, why.isEmpty() ? u"the catalog's /AcroForm changed"_s : why};
        } else if (!(dataBefore.contains(objGen) && data.contains(objGen))
                   && !reviewChanged(objGen, &why)) {
            // Validation data may be kept up to date in place; anything else may change only
            // as a new signature changes it.
            return {Kind::Other, why};
        }
    }
    if (changed == 0)
        return {
            Kind::Other,
            u"%1 bytes after the signed revision are not a PDF update"_s.arg(fileSize - signedEnd)};
    if (!reviewNewSignatures(&why))
        return {Kind::Other, why};
    // The new objects the document can reach: only through what changed, since everything
    // else is as signed and refers to nothing new. Each must be validation data or part of a
    // new signature; a new object nothing refers to shows nothing (an earlier /DSS that a
    // later one replaced, an update's own cross-reference stream).
    std::vector<QPDFObjectHandle> work;
    for (QPDFObjectHandle object : changedObjects)
        referencesOf(object, work);
    ObjectSet reached;
    while (!work.empty()) {
        QPDFObjectHandle object = work.back();
        work.pop_back();
        const QPDFObjGen objGen = object.getObjGen();
        if (defined.count(objGen) > 0 || !reached.insert(objGen).second)
            continue;
        if (reached.size() > kObjectBudget)
            return {Kind::Other,
                    u"more than %1 objects were added after signing"_s.arg(kObjectBudget)};
        if (!data.contains(objGen) && m_newSignatureObjects.count(objGen) == 0)
            return {Kind::Other,
                    u"object %1 added after signing is neither validation data nor a new "
                    "signature"_s.arg(idOf(objGen))};
        referencesOf(object, work);
    }
    if (!m_addedFields.empty())
        return {Kind::SignatureAdded,
                u"%1 signature(s) added, %2 object(s) changed"_s.arg(m_addedFields.size())
                    .arg(changed)};
    return {Kind::DssOnly, u"%1 object(s) of validation data added"_s.arg(changed)};
}

} // namespace

LaterChangeReport laterChangesAfter(QPDF &full, const QByteArray &pdf, qint64 signedEnd)
{
    if (signedEnd >= pdf.size())
        return {};
    // What follows the signed revision must be whole incremental updates, each ending in
    // startxref … %%EOF. Bytes after the last one (or an update without its cross-reference)
    // are a change of their own, whatever the objects say.
    for (qint64 at = signedEnd; at < pdf.size();) {
        while (at < pdf.size() && std::isspace(static_cast<unsigned char>(pdf.at(at))))
            ++at;
        if (at == pdf.size())
            break;
        const qint64 eof = pdf.indexOf("%%EOF", at);
        if (eof < 0 || pdf.lastIndexOf("startxref", eof) < at)
            return {
                Kind::Other,
                u"%1 bytes after the signed revision are not a PDF update"_s.arg(pdf.size() - at)};
        at = eof + 5;
    }
    const QByteArray revisionBytes = pdf.left(signedEnd);
    QPDF revision;
    try {
        revision.setSuppressWarnings(true);
        revision.setAttemptRecovery(false);
        revision.processMemoryFile("revision.pdf", revisionBytes.constData(),
                                   size_t(revisionBytes.size()));
    } catch (const std::exception &e) {
        return {Kind::Other,
                u"the signed revision does not stand alone: %1"_s.arg(QString::fromUtf8(e.what()))};
    }
    return UpdateReview(revision, full).run(signedEnd, pdf.size());
}

} // namespace bubuh
