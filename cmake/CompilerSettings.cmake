# One INTERFACE target carries the build flags; every target of the project links it.
add_library(modeldesk_build_flags INTERFACE)
target_compile_features(modeldesk_build_flags INTERFACE cxx_std_20)
# qBittorrent's stricter set on top of -Wall -Wextra: CI builds with -Werror, so the tree stays at zero warnings.
target_compile_options(modeldesk_build_flags INTERFACE -Wall -Wextra -pedantic -Wshadow -Wold-style-cast -Wcast-qual
                                                       -Wcast-align -Woverloaded-virtual -Wnon-virtual-dtor -Wformat=2)
target_compile_definitions(modeldesk_build_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    MODELDESK_VERSION="${PROJECT_VERSION}"
    MODELDESK_APP_ID="${MODELDESK_APP_ID}")

option(MODELDESK_WERROR "Treat compiler warnings as errors (on in CI)" OFF)
if(MODELDESK_WERROR)
    target_compile_options(modeldesk_build_flags INTERFACE -Werror)
endif()

# Sanitizers: -DMODELDESK_SANITIZE=address,undefined builds everything with them (scripts/sanitize.sh runs the suite).
set(MODELDESK_SANITIZE "" CACHE STRING "Comma-separated -fsanitize= list for every target (empty: none)")
option(MODELDESK_FUZZ "Build only the parsers and the libFuzzer targets in fuzz/ (clang)" OFF)
if(MODELDESK_FUZZ)
    set(MODELDESK_SANITIZE "address,undefined,fuzzer-no-link")
endif()
if(MODELDESK_SANITIZE)
    target_compile_options(modeldesk_build_flags INTERFACE -fsanitize=${MODELDESK_SANITIZE} -fno-omit-frame-pointer
                                                           -fno-sanitize-recover=undefined)
    string(REPLACE ",fuzzer-no-link" "" link_sanitizers "${MODELDESK_SANITIZE}")
    target_link_options(modeldesk_build_flags INTERFACE -fsanitize=${link_sanitizers})
endif()

# lld (Debian's lld package, which scripts/install-deps.sh installs) links about three times faster than the
# default linker, with gcc and clang alike; the build falls back to the default one without it.
find_program(MODELDESK_LLD ld.lld)
if(MODELDESK_LLD)
    target_link_options(modeldesk_build_flags INTERFACE -fuse-ld=lld)
endif()

# ccache (Debian's ccache package) speeds up rebuilds when it is installed; the build never needs it.
find_program(MODELDESK_CCACHE ccache)
if(MODELDESK_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${MODELDESK_CCACHE}")
endif()
