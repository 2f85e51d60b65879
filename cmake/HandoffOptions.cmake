# One INTERFACE target carries the language standard, warnings and Qt defines for every target.
add_library(handoff_options INTERFACE)
target_compile_features(handoff_options INTERFACE cxx_std_20)
target_compile_options(handoff_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
target_compile_definitions(handoff_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

option(HANDOFF_WERROR "Treat compiler warnings as errors" OFF)
if(HANDOFF_WERROR)
    target_compile_options(handoff_options INTERFACE -Werror)
endif()

option(HANDOFF_ASAN "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(HANDOFF_ASAN)
    target_compile_options(handoff_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(handoff_options INTERFACE -fsanitize=address,undefined)
endif()
