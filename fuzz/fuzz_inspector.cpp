// DocumentInspector::inspect on arbitrary bytes: the pre-flight of any file a person opens.
#include "FuzzInput.h"

#include "pdf/DocumentInspector.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    bubuh::DocumentInspector::inspect(fuzzBytes(data, size), QStringLiteral("fuzz.pdf"));
    return 0;
}
