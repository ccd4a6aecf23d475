#pragma once

#include "core/Settings.h"
#include "pdf/PageBoxes.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace bubuh {

// What pre-flight found in one document, before any quota is spent (issue #4, design.md's
// `bubuh-cli inspect`). Every problem has a stable code and a message in the user's language
// that says what to do.
struct Inspection
{
    struct Problem
    {
        enum class Severity { Error, Warning };
        QString code;
        Severity severity = Severity::Error;
        QString message;
    };
    struct Signature
    {
        QString field;
        QString subFilter;
        QString sn; // from an e-Meterai field "Emet<SN>"
    };

    QString file;
    qint64 sizeBytes = 0;
    // The stamped file's size, predicted (0 when the document cannot be read), and the limit
    // of the portal slot it is meant for: the stamped file is uploaded as it is.
    qint64 predictedStampedBytes = 0;
    qint64 uploadLimitBytes = 0;
    qint64 stampGrowthBytes = 0;
    QString pdfVersion;
    bool encrypted = false;
    bool needsPassword = false;
    QList<PageBoxes> pages;
    QList<Signature> signatures;
    QList<Problem> problems;

    bool usable() const;
    bool fitsAfterStamp() const { return predictedStampedBytes <= uploadLimitBytes; }
    // "±356 KB after stamping, limit 300 KB: needs to be made smaller", for lists; empty when
    // nothing was predicted.
    QString sizeSummary() const;
    static qint64 kilobytes(qint64 bytes) { return (bytes + 1023) / 1024; }
    // Judges the predicted size against another limit (the applicant chose one for the
    // document): the too-large-after-stamp problem comes or goes.
    void setUploadLimit(qint64 bytes);
    bool hasEmeterai() const;
    QJsonObject toJson() const;
};

struct InspectionOptions
{
    qint64 uploadLimitBytes = qint64(Settings::kDefaultUploadLimitKb) * 1024; // the portal slot's
    // How much larger the service makes a file (ServiceProfile::stampGrowthBytes()).
    qint64 stampGrowthBytes = 160 * 1024;
};

class DocumentInspector
{
public:
    using Options = InspectionOptions;

    static Inspection inspectFile(const QString &path, const Options &options = {});
    static Inspection inspect(const QByteArray &pdf, const QString &name,
                              const Options &options = {});
};

} // namespace bubuh
