#pragma once

#include <QtGlobal>

namespace md {

// One mebibyte as a 64-bit count, so that "64 * MiB" is formed in qint64 and sizes divide by it without overflow.
inline constexpr qint64 MiB = qint64(1) << 20;

} // namespace md
