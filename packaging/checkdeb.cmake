# ctest: builds the .deb from the current build tree into OUT_DIR and checks what a person installs:
# the binary, the desktop file, the metainfo, the icons, and Depends on the Qt 6 runtime.
#   cmake -DCPACK=... -DCONFIG=.../CPackConfig.cmake -DOUT_DIR=... -DAPP_ID=... -P checkdeb.cmake
file(REMOVE_RECURSE ${OUT_DIR})
execute_process(COMMAND ${CPACK} -G DEB -B ${OUT_DIR} --config ${CONFIG}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack -G DEB failed:\n${out}")
endif()
file(GLOB debs ${OUT_DIR}/modeldesk_*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one modeldesk_*.deb in ${OUT_DIR}, found: ${debs}")
endif()
execute_process(COMMAND dpkg-deb -f ${debs} Depends OUTPUT_VARIABLE depends COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND dpkg-deb -c ${debs} OUTPUT_VARIABLE contents COMMAND_ERROR_IS_FATAL ANY)
foreach(dep qt6-qpa-plugins libqt6widgets6 libqt6charts6 libqt6svg6 libqt6core6)
    if(NOT depends MATCHES "(^|[ ,])${dep}([ ,(]|$)")
        message(FATAL_ERROR "Depends lacks ${dep}: ${depends}")
    endif()
endforeach()
foreach(path ./usr/bin/modeldesk
             ./usr/share/applications/${APP_ID}.desktop
             ./usr/share/metainfo/${APP_ID}.metainfo.xml
             ./usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg
             ./usr/share/icons/hicolor/16x16/apps/${APP_ID}.png
             ./usr/share/icons/hicolor/512x512/apps/${APP_ID}.png)
    string(FIND "${contents}" " ${path}\n" at)
    if(at LESS 0)
        message(FATAL_ERROR "the .deb lacks ${path}:\n${contents}")
    endif()
endforeach()
message(STATUS "${debs}: Depends: ${depends}")
