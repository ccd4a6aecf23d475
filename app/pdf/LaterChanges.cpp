#include "LaterChanges.h"

#include <qpdf/QPDFMatrix.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <cmath>

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

using ObjectNumbers = std::set<int>;

// The object numbers an xref table defines (whatever the generation: some viewers ignore it).
ObjectNumbers definedNumbers(const std::map<QPDFObjGen, QPDFXRefEntry> &xref)
{
    ObjectNumbers numbers;
    for (const auto &[objGen, entry] : xref) {
        if (entry.getType() != 0)
            numbers.insert(objGen.getObj());
    }
    return numbers;
}

// Object numbers the signed revision refers to without defining them. An update that
// defines one changes what the signed objects show without changing them (a page's
// /Contents [5 0 R 99 0 R], with 99 added later as "validation data").
ObjectNumbers danglingReferences(QPDF &revision, const ObjectNumbers &defined)
{
    ObjectNumbers dangling;
    std::vector<QPDFObjectHandle> references;
    for (QPDFObjectHandle object : revision.getAllObjects())
        referencesOf(object, references);
    referencesOf(revision.getTrailer(), references);
    for (QPDFObjectHandle reference : references) {
        if (defined.count(reference.getObjectID()) == 0)
            dangling.insert(reference.getObjectID());
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

// Where an xref entry's object is written: its own offset, or its object stream's. -1 when it
// is nowhere (an object stream that does not exist, or is itself inside another).
qint64 writtenAt(const std::map<QPDFObjGen, QPDFXRefEntry> &xref, const QPDFXRefEntry &entry)
{
    if (entry.getType() == 1)
        return entry.getOffset();
    if (entry.getType() == 2) {
        const auto stream = xref.find(QPDFObjGen(entry.getObjStreamNumber(), 0));
        return stream == xref.end() || stream->second.getType() != 1 ? -1
                                                                     : stream->second.getOffset();
    }
    return -1;
}

bool sameEntry(const QPDFXRefEntry &a, const QPDFXRefEntry &b)
{
    if (a.getType() != b.getType())
        return false;
    if (a.getType() == 1)
        return a.getOffset() == b.getOffset();
    return a.getType() != 2
        || (a.getObjStreamNumber() == b.getObjStreamNumber()
            && a.getObjStreamIndex() == b.getObjStreamIndex());
}

bool finite(const QPDFObjectHandle::Rectangle &r)
{
    return std::isfinite(r.llx) && std::isfinite(r.lly) && std::isfinite(r.urx)
        && std::isfinite(r.ury);
}

// What the later updates did, object by object, against the signed revision.
class UpdateReview
{
public:
    UpdateReview(QPDF &revision, QPDF &full);

    LaterChangeReport run(qint64 signedEnd, qint64 fileSize);

private:
    bool certified() { return m_revision.getRoot().getKey("/Perms").hasKey("/DocMDP"); }
    // Checks a changed object that a new signature may change; false when it is anything else.
    bool reviewChanged(QPDFObjGen objGen, QString *why);
    bool reviewForm(QPDFObjectHandle before, QPDFObjectHandle after, QString *why);
    bool reviewAnnots(QPDFObjectHandle page, QPDFObjectHandle before, QPDFObjectHandle after);
    bool reviewNewSignatures(QString *why);
    bool appearanceFits(QPDFObjectHandle widget, QPDFObjectHandle page, QString *why);
    // Everything the document reaches but through /DSS; false when there is too much to walk.
    bool collectContent(ObjectSet &content);

    QPDF &m_revision;
    QPDF &m_full;
    std::map<QPDFObjGen, QPDFObjGen> m_pageOfAnnots; // a signed page's own /Annots array
    ObjectSet m_newSignatureObjects; // fields, widgets, values and appearances added
    std::vector<QPDFObjectHandle> m_addedFields;
    std::vector<std::pair<QPDFObjectHandle, QPDFObjGen>> m_addedAnnots; // and their page
};

UpdateReview::UpdateReview(QPDF &revision, QPDF &full) : m_revision(revision), m_full(full)
{
    for (QPDFObjectHandle page : m_revision.getAllPages()) {
        QPDFObjectHandle annots = page.getKey("/Annots");
        if (annots.isIndirect())
            m_pageOfAnnots.emplace(annots.getObjGen(), page.getObjGen());
    }
}

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

bool UpdateReview::reviewAnnots(QPDFObjectHandle page, QPDFObjectHandle before,
                                QPDFObjectHandle after)
{
    const auto added = appended(before, after);
    if (!added)
        return false;
    for (QPDFObjectHandle annot : *added)
        m_addedAnnots.emplace_back(annot, page.getObjGen());
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
        if (annots.isIndirect()) {
            if (!m_revision.getObject(annots.getObjGen()).isNull())
                return false; // another object of the signed document taken as the list
            m_newSignatureObjects.insert(annots.getObjGen());
        }
        return reviewAnnots(after, before.getKey("/Annots"), annots);
    }
    if (const auto page = m_pageOfAnnots.find(objGen); page != m_pageOfAnnots.end())
        return reviewAnnots(m_full.getObject(page->second), before, after);
    return false;
}

bool UpdateReview::appearanceFits(QPDFObjectHandle widget, QPDFObjectHandle page, QString *why)
{
    *why = u"the appearance of widget %1 is not drawn inside its own box on its page"_s.arg(
        idOf(widget.getObjGen()));
    QPDFObjectHandle rect = widget.getKey("/Rect");
    QPDFObjectHandle mediaBox = QPDFPageObjectHelper(page).getMediaBox();
    if (!rect.isRectangle() || !mediaBox.isRectangle())
        return false;
    const QPDFObjectHandle::Rectangle box = rect.getArrayAsRectangle();
    const QPDFObjectHandle::Rectangle media = mediaBox.getArrayAsRectangle();
    if (!finite(box) || !finite(media))
        return false;
    const double width = std::abs(box.urx - box.llx), height = std::abs(box.ury - box.lly);
    const double pageWidth = std::abs(media.urx - media.llx),
                 pageHeight = std::abs(media.ury - media.lly);
    // On the page that lists it, and a stamp's size: at most a quarter of the page.
    if (std::min(box.llx, box.urx) < std::min(media.llx, media.urx) - 1
        || std::max(box.llx, box.urx) > std::max(media.llx, media.urx) + 1
        || std::min(box.lly, box.ury) < std::min(media.lly, media.ury) - 1
        || std::max(box.lly, box.ury) > std::max(media.lly, media.ury) + 1
        || width * height > pageWidth * pageHeight / 4)
        return false;
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
        else
            return false;
        for (QPDFObjectHandle stream : streams) {
            if (!stream.isStream() || !stream.getDict().getKey("/BBox").isRectangle())
                return false;
            QPDFObjectHandle matrix = stream.getDict().getKey("/Matrix");
            if (!matrix.isNull() && !matrix.isMatrix())
                return false;
            const QPDFMatrix transform
                = matrix.isMatrix() ? QPDFMatrix(matrix.getArrayAsMatrix()) : QPDFMatrix();
            // Drawn at the size of the box, so nothing is stretched over the page around it.
            const QPDFObjectHandle::Rectangle drawn = transform.transformRectangle(
                stream.getDict().getKey("/BBox").getArrayAsRectangle());
            if (!finite(drawn) || std::abs((drawn.urx - drawn.llx) - width) > 1
                || std::abs((drawn.ury - drawn.lly) - height) > 1)
                return false;
        }
    }
    return true;
}

bool UpdateReview::reviewNewSignatures(QString *why)
{
    // Each new field is its own widget (as e-Meterai fields are): no /Kids and no /Parent, so
    // that the form lists it and its signature is checked like every other; and no actions
    // (/A, /AA), so that touching it cannot run a script that shows its own verdict.
    std::map<QPDFObjGen, QPDFObjGen> pageOfWidget;
    for (const auto &[annot, page] : m_addedAnnots) {
        if (!annot.isIndirect() || !pageOfWidget.emplace(annot.getObjGen(), page).second) {
            *why = u"an annotation added after signing is listed twice"_s;
            return false;
        }
    }
    for (QPDFObjectHandle field : m_addedFields) {
        const QString id = field.isIndirect() ? idOf(field.getObjGen()) : u"?"_s;
        const auto page
            = field.isIndirect() ? pageOfWidget.find(field.getObjGen()) : pageOfWidget.end();
        QPDFObjectHandle value = field.getKey("/V");
        if (!field.isIndirect() || !m_revision.getObject(field.getObjGen()).isNull()
            || !field.isDictionary() || !field.getKey("/FT").isNameAndEquals("/Sig")
            || !field.getKey("/Subtype").isNameAndEquals("/Widget") || field.hasKey("/Kids")
            || field.hasKey("/Parent") || field.hasKey("/A") || field.hasKey("/AA")
            || !value.isDictionary() || !value.isIndirect()
            || !m_revision.getObject(value.getObjGen()).isNull() || page == pageOfWidget.end()) {
            *why = u"field %1 added after signing is not a new signature on a page"_s.arg(id);
            return false;
        }
        if (!appearanceFits(field, m_full.getObject(page->second), why))
            return false;
        m_newSignatureObjects.insert(field.getObjGen());
        m_newSignatureObjects.insert(value.getObjGen());
        ObjectSet appearance;
        if (!collectReachable(field.getKey("/AP"), appearance)) {
            *why = u"the appearance of field %1 holds more than %2 objects"_s.arg(id).arg(
                kObjectBudget);
            return false;
        }
        m_newSignatureObjects.insert(appearance.begin(), appearance.end());
        pageOfWidget.erase(page);
    }
    // Every annotation added is one of those widgets: no other annotation may appear.
    if (!pageOfWidget.empty()) {
        *why = u"annotation %1 added after signing is not a new signature's widget"_s.arg(
            idOf(pageOfWidget.begin()->first));
        return false;
    }
    return true;
}

bool UpdateReview::collectContent(ObjectSet &content)
{
    QPDFObjectHandle catalog = m_full.getRoot();
    content.insert(catalog.getObjGen());
    for (auto &[key, value] : catalog.ditems()) {
        if (key != "/DSS" && !collectReachable(value, content))
            return false;
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
    // Encryption added later would turn every signed stream into something else.
    if (m_full.getTrailer().getKey("/Encrypt").unparse()
            != m_revision.getTrailer().getKey("/Encrypt").unparse()
        || m_full.isEncrypted() != m_revision.isEncrypted())
        return {Kind::Other, u"the document's encryption changed after signing"_s};
    QString why;
    ValidationData data, dataBefore;
    if (!data.collect(root.getKey("/DSS"), &why)
        || !dataBefore.collect(m_revision.getRoot().getKey("/DSS"), &why))
        return {Kind::Other, why};

    const std::map<QPDFObjGen, QPDFXRefEntry> xref = m_full.getXRefTable();
    const std::map<QPDFObjGen, QPDFXRefEntry> signedXref = m_revision.getXRefTable();
    const ObjectNumbers defined = definedNumbers(signedXref);
    // Nothing of the signed revision may be taken away: an update can also free an object
    // (a page's contents, say) without redefining anything.
    for (const auto &[objGen, entry] : signedXref) {
        const auto now = xref.find(objGen);
        if (entry.getType() != 0 && (now == xref.end() || now->second.getType() == 0))
            return {Kind::Other, u"object %1 was removed after signing"_s.arg(idOf(objGen))};
    }
    const ObjectNumbers dangling = danglingReferences(m_revision, defined);

    int changed = 0;
    std::vector<QPDFObjectHandle> changedObjects;
    std::vector<QPDFObjGen> changedData;
    for (const auto &[objGen, entry] : xref) {
        if (entry.getType() == 0)
            continue;
        const auto was = signedXref.find(objGen);
        if (was != signedXref.end() && sameEntry(was->second, entry))
            continue; // the very bytes that were signed
        // Anything else must be written by the updates. An entry that points back into the
        // signed bytes (at an object the forger planted in the original) is a change that
        // no object comparison would see.
        if (writtenAt(xref, entry) < signedEnd)
            return {Kind::Other,
                    u"object %1 is redefined by bytes of the signed revision"_s.arg(idOf(objGen))};
        ++changed;
        const bool isNew = defined.count(objGen.getObj()) == 0;
        if (isNew) {
            if (dangling.count(objGen.getObj()) > 0)
                return {Kind::Other,
                        u"object %1, which the signed revision refers to, was defined after "
                        "signing"_s.arg(idOf(objGen))};
            continue; // judged below by what refers to it
        }
        // Some viewers ignore generation numbers: a new generation of a signed object is
        // that object changed.
        if (was == signedXref.end())
            return {Kind::Other,
                    u"object %1 is a signed object under another generation"_s.arg(idOf(objGen))};
        QPDFObjectHandle before = m_revision.getObject(objGen);
        QPDFObjectHandle after = m_full.getObject(objGen);
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
        } else if (dataBefore.contains(objGen) && data.contains(objGen)) {
            changedData.push_back(objGen); // validation data kept up to date in place
        } else if (!reviewChanged(objGen, &why)) {
            return {Kind::Other, why};
        }
    }
    if (changed == 0)
        return {
            Kind::Other,
            u"%1 bytes after the signed revision are not a PDF update"_s.arg(fileSize - signedEnd)};
    if (!reviewNewSignatures(&why))
        return {Kind::Other, why};
    // Validation data changed in place must be nothing else: not a page's contents that is
    // also listed under /DSS.
    if (!changedData.empty()) {
        ObjectSet content;
        if (!collectContent(content))
            return {Kind::Other, u"more than %1 objects to check"_s.arg(kObjectBudget)};
        for (const QPDFObjGen &objGen : changedData) {
            if (content.count(objGen) > 0)
                return {Kind::Other,
                        u"object %1 changed after signing is part of the document "
                        "as well as validation data"_s.arg(idOf(objGen))};
        }
    }
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
        if (defined.count(objGen.getObj()) > 0 || !reached.insert(objGen).second)
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
    LaterChangeReport report = UpdateReview(revision, full).run(signedEnd, pdf.size());
    // Every object read once: one that qpdf had to repair (a bad offset, a broken stream)
    // may be read differently by a viewer, so the comparison above proves nothing about it.
    full.getAllObjects();
    if (report.kind != Kind::Other && full.anyWarnings())
        return {Kind::Other, u"the document is damaged where a viewer may read it differently"_s};
    return report;
}

} // namespace bubuh
