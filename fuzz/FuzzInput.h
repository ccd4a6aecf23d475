#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

// libFuzzer's bytes as a QByteArray that does not copy them.
inline QByteArray fuzzBytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}
