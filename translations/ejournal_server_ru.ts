<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ServerText</name>
    <message>
        <location filename="../client/servertext.cpp" line="17"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../client/servertext.cpp" line="19"/>
        <source>Done, not everywhere</source>
        <translation>Выполнено не везде</translation>
    </message>
    <message>
        <location filename="../client/servertext.cpp" line="21"/>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../client/servertext.cpp" line="23"/>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../client/servertext.cpp" line="25"/>
        <source>Waiting to start</source>
        <translation>Ожидает запуска</translation>
    </message>
    <message>
        <location filename="../client/servertext.cpp" line="32"/>
        <source>On schedule</source>
        <translation>По расписанию</translation>
    </message>
    <message>
        <location filename="../client/servertext.cpp" line="34"/>
        <source>Requested in the program</source>
        <translation>Запрошено в программе</translation>
    </message>
    <message>
        <location filename="../client/servertext.cpp" line="36"/>
        <source>Command on the server</source>
        <translation>Команда на сервере</translation>
    </message>
    <message>
        <location filename="../client/servertext.cpp" line="49"/>
        <source>not checked</source>
        <translation>не проверялась</translation>
    </message>
    <message>
        <location filename="../client/servertext.cpp" line="50"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../client/servertext.cpp" line="50"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../client/servertext.cpp" line="59"/>
        <source>%1 (failed)</source>
        <translation>%1 (ошибка)</translation>
    </message>
    <message>
        <location filename="../client/servertext.cpp" line="73"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../client/servertext.cpp" line="78"/>
        <source>check: %1</source>
        <translation>проверка: %1</translation>
    </message>
    <message>
        <location filename="../client/servertext.cpp" line="88"/>
        <source>The last backup (%1) failed: %2</source>
        <translation>Последнее резервное копирование (%1) завершилось ошибкой: %2</translation>
    </message>
    <message>
        <location filename="../client/servertext.cpp" line="92"/>
        <source>The last backup was not saved everywhere: %1</source>
        <translation>Последняя резервная копия сохранена не во все папки: %1</translation>
    </message>
    <message>
        <location filename="../client/servertext.cpp" line="94"/>
        <source>There is no backup of the journal yet. Press «Back up now».</source>
        <translation>Резервной копии журнала ещё нет. Нажмите «Создать копию сейчас».</translation>
    </message>
    <message>
        <location filename="../client/servertext.cpp" line="97"/>
        <source>The last good backup is older than a day (%1). Check that the server is running at the backup time and that the backup folders are available.</source>
        <translation>Последней удачной резервной копии больше суток (%1). Проверьте, что сервер работает во время резервного копирования и папки для копий доступны.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::ServerPage</name>
    <message>
        <location filename="../client/serverpage.cpp" line="36"/>
        <source>Started</source>
        <translation>Начато</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="41"/>
        <source>How</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="43"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="45"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="48"/>
        <source>Checked</source>
        <translation>Проверена</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="50"/>
        <source>Saved to</source>
        <translation>Сохранена в</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="54"/>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="72"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Создать копию сейчас</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="73"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="78"/>
        <source>Make a backup of the whole journal now and save it to every backup folder (Ctrl+B)</source>
        <translation>Создать резервную копию всего журнала сейчас и сохранить её во все папки для копий (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="81"/>
        <source>Reload (F5)</source>
        <translation>Обновить (F5)</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="91"/>
        <source>Last good backup</source>
        <translation>Последняя удачная резервная копия</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="93"/>
        <source>Made:</source>
        <translation>Создана:</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="94"/>
        <source>Saved to:</source>
        <translation>Сохранена в:</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="95"/>
        <source>Size:</source>
        <translation>Размер:</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="96"/>
        <source>Checked by a test restore:</source>
        <translation>Проверена пробным восстановлением:</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="97"/>
        <location filename="../client/serverpage.cpp" line="116"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="99"/>
        <source>Running since:</source>
        <translation>Работает с:</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="100"/>
        <source>Programs connected:</source>
        <translation>Подключено программ:</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="101"/>
        <source>Database size:</source>
        <translation>Размер базы данных:</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="102"/>
        <source>Next backup:</source>
        <translation>Следующая копия:</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="103"/>
        <source>Backup folders:</source>
        <translation>Папки для копий:</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="117"/>
        <source>Backups of the journal and the state of the server. The server backs the journal up every night to each backup folder and checks every copy by restoring it.</source>
        <translation>Резервные копии журнала и состояние сервера. Каждую ночь сервер сохраняет копию журнала в каждую папку для копий и проверяет каждую копию пробным восстановлением.</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="125"/>
        <source>Backup history</source>
        <translation>История резервного копирования</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="182"/>
        <source>The backup has been started. It takes a minute or two; the list below shows when it is done.</source>
        <translation>Резервное копирование запущено. Оно займёт минуту-две; когда копия будет готова, она появится в списке ниже.</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="184"/>
        <source>A backup is already in progress; the list below shows when it is done.</source>
        <translation>Резервное копирование уже выполняется; когда копия будет готова, она появится в списке ниже.</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="203"/>
        <source>The backup is done and checked.</source>
        <translation>Резервная копия создана и проверена.</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="204"/>
        <source>The backup is done.</source>
        <translation>Резервная копия создана.</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="206"/>
        <source>The backup did not go well: %1</source>
        <translation>Резервное копирование прошло с ошибками: %1</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="218"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="224"/>
        <source>not planned</source>
        <translation>не запланирована</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="234"/>
        <source>never</source>
        <translation>ни разу</translation>
    </message>
</context>
</TS>
