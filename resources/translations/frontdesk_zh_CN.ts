<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../editor_app/ui/app.py" line="70"/>
        <source>Unexpected Error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/app.py" line="72"/>
        <source>Something went wrong inside Frontdesk. Your posts were not changed by this error; unsaved edits are kept in the recovery journal.</source>
        <translation>编辑台内部出了问题。这个错误没有改动你的文章；未保存的修改保存在恢复日志中。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/app.py" line="79"/>
        <source>Details were written to %1</source>
        <translation>详细信息已写入 %1</translation>
    </message>
</context>
<context>
    <name>ArchiveFolders</name>
    <message>
        <location filename="../../editor_app/ui/window/archive_folders.py" line="51"/>
        <source>Add Folder as Archive</source>
        <translation>把文件夹添加为归档</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/archive_folders.py" line="59"/>
        <location filename="../../editor_app/ui/window/archive_folders.py" line="73"/>
        <source>Cannot Add the Folder</source>
        <translation>无法添加文件夹</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/archive_folders.py" line="60"/>
        <source>Choose a folder inside the site.</source>
        <translation>请选择站点里的文件夹。</translation>
    </message>
</context>
<context>
    <name>BatchPreview</name>
    <message>
        <location filename="../../editor_app/ui/batch/preview.py" line="38"/>
        <source>not a post: a page</source>
        <translation>不是文章，是页面</translation>
    </message>
</context>
<context>
    <name>BatchPreviewDialog</name>
    <message>
        <location filename="../../editor_app/ui/batch/preview.py" line="74"/>
        <source>Review Changes</source>
        <translation>检查修改</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/batch/preview.py" line="76"/>
        <source>%n file(s) will change.</source>
        <translation>
            <numerusform>将修改 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/batch/preview.py" line="78"/>
        <source>%n of them are not posts (pages).</source>
        <translation>
            <numerusform>其中 %n 个不是文章（是页面）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/batch/preview.py" line="81"/>
        <source>%n file(s) cannot be changed and will be left as they are.</source>
        <translation>
            <numerusform>%n 个文件无法修改，将保持原样。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/preview.py" line="91"/>
        <source>Find in the changes</source>
        <translation>在修改中查找</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/preview.py" line="93"/>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/preview.py" line="115"/>
        <source>Left as they are:</source>
        <translation>保持原样的文件：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/batch/preview.py" line="120"/>
        <source>Change %n File(s)</source>
        <translation>
            <numerusform>修改 %n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/batch/preview.py" line="159"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 处匹配</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message>
        <location filename="../../editor_app/ui/batch/runner.py" line="85"/>
        <source>Preparing the change…</source>
        <translation>正在准备修改…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/runner.py" line="106"/>
        <source>The change was cancelled; nothing was written.</source>
        <translation>修改已取消，没有写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/runner.py" line="109"/>
        <source>Nothing to change: no file needs it.</source>
        <translation>无需修改：没有文件需要改动。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/runner.py" line="113"/>
        <source>Nothing was changed.</source>
        <translation>没有修改任何文件。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/runner.py" line="117"/>
        <source>Changing files…</source>
        <translation>正在修改文件…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/batch/runner.py" line="134"/>
        <source>Cancelled after %n file(s); undo the change to put them back.</source>
        <translation>
            <numerusform>已在修改 %n 个文件后取消；撤销这次修改即可还原。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/batch/runner.py" line="137"/>
        <source>Changed %n file(s).</source>
        <translation>
            <numerusform>已修改 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/runner.py" line="151"/>
        <source>Undo Change</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/runner.py" line="151"/>
        <source>There is no change to undo.</source>
        <translation>没有可以撤销的修改。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/runner.py" line="174"/>
        <source>Undoing the change…</source>
        <translation>正在撤销修改…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/runner.py" line="174"/>
        <source>Finishing the change…</source>
        <translation>正在完成修改…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/batch/runner.py" line="185"/>
        <source>Undid “%1” in %n file(s).</source>
        <translation>
            <numerusform>已在 %n 个文件中撤销“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/batch/runner.py" line="187"/>
        <source>Finished “%1” in %n file(s).</source>
        <translation>
            <numerusform>已在 %n 个文件中完成“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/batch/runner.py" line="202"/>
        <source>%n file(s) were left as they are:</source>
        <translation>
            <numerusform>%n 个文件保持原样：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/runner.py" line="207"/>
        <source>The change stopped: %1</source>
        <translation>修改中止：%1</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="73"/>
        <source>Bulk Edit</source>
        <translation>批量编辑</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="75"/>
        <source>The %n selected post(s)</source>
        <translation>
            <numerusform>选中的 %n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="77"/>
        <source>All %n post(s) of the current list (search and filters)</source>
        <translation>
            <numerusform>当前列表中的全部 %n 篇文章（按搜索和筛选）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="85"/>
        <source>Add categories</source>
        <translation>添加分类</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="86"/>
        <source>Remove categories</source>
        <translation>移除分类</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="87"/>
        <source>Add tags</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="88"/>
        <source>Remove tags</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="89"/>
        <source>Set the layout</source>
        <translation>设置布局</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="90"/>
        <source>Set a field</source>
        <translation>设置字段</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="91"/>
        <source>Remove a field</source>
        <translation>移除字段</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="92"/>
        <source>Unpublish (published: false)</source>
        <translation>取消发布（published: false）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="93"/>
        <source>Publish (remove published: false)</source>
        <translation>发布（去掉 published: false）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="94"/>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="249"/>
        <source>Move to _drafts</source>
        <translation>移到 _drafts</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="95"/>
        <source>Move from _drafts to _posts</source>
        <translation>从 _drafts 移到 _posts</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="96"/>
        <source>Find and replace</source>
        <translation>查找和替换</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="102"/>
        <source>Categories…</source>
        <translation>分类…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="104"/>
        <source>Tags…</source>
        <translation>标签…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="110"/>
        <source>Field name, e.g. author</source>
        <translation>字段名，例如 author</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="112"/>
        <source>Value (YAML: text, 3, true, [a, b])</source>
        <translation>值（YAML：文字、3、true、[a, b]）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="114"/>
        <source>Field name</source>
        <translation>字段名</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="118"/>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="119"/>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="121"/>
        <source>In front matter values</source>
        <translation>在头信息的值中</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="123"/>
        <source>In bodies</source>
        <translation>在正文中</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="126"/>
        <source>Categories:</source>
        <translation>分类：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="127"/>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="133"/>
        <source>Layout:</source>
        <translation>布局：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="137"/>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="140"/>
        <source>Field:</source>
        <translation>字段：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="137"/>
        <source>Value:</source>
        <translation>值：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="145"/>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="146"/>
        <source>Replace with:</source>
        <translation>替换为：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="164"/>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="170"/>
        <source>Posts:</source>
        <translation>文章：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="172"/>
        <source>Change:</source>
        <translation>修改：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="221"/>
        <source>Type at least one value.</source>
        <translation>请至少输入一个值。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="224"/>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="225"/>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="243"/>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="229"/>
        <source>Choose a layout.</source>
        <translation>请选择布局。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="230"/>
        <source>Set layout to %1</source>
        <translation>布局设为 %1</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="236"/>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="242"/>
        <source>Type the name of the field.</source>
        <translation>请输入字段名。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="238"/>
        <source>Set %1</source>
        <translation>设置 %1</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="245"/>
        <source>Unpublish</source>
        <translation>取消发布</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="247"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="252"/>
        <source>Move to _posts</source>
        <translation>移到 _posts</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="254"/>
        <source>Choose front matter values, bodies, or both.</source>
        <translation>请选择头信息的值、正文，或两者。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="264"/>
        <source>Replace “%1” with “%2”</source>
        <translation>把“%1”替换为“%2”</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="342"/>
        <source>File Changed on Disk</source>
        <translation>文件已在磁盘上被修改</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="354"/>
        <source>“{0}” was changed by another program after you opened it.

Reload it to see the other change (your unsaved edits are dropped), or overwrite it with your version (the other change is lost). Compare them first if you are not sure.</source>
        <translation>打开“{0}”之后，另一个程序修改了它。

重新载入可看到对方的修改（你未保存的编辑会被丢弃）；用你的版本覆盖则对方的修改会丢失。如果拿不准，请先对比两者。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="364"/>
        <source>Compare Side by Side</source>
        <translation>并排对比</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="366"/>
        <source>Reload Theirs</source>
        <translation>载入磁盘上的版本</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="367"/>
        <source>Overwrite with Mine</source>
        <translation>用我的版本覆盖</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="368"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="380"/>
        <source>Mine (not saved)</source>
        <translation>我的（未保存）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="381"/>
        <source>On disk now (theirs)</source>
        <translation>磁盘上的当前版本（对方）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/dialogs.py" line="452"/>
        <source>%n line(s) differ.</source>
        <translation>
            <numerusform>%n 行不同。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="455"/>
        <source>The texts are the same; only the file&apos;s date or encoding changed.</source>
        <translation>文本相同，只是文件的修改时间或编码变了。</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../../editor_app/ui/form/date_edit.py" line="66"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/date_edit.py" line="67"/>
        <source>Set to the current time in the site&apos;s time zone</source>
        <translation>设为站点时区的当前时间</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/date_edit.py" line="157"/>
        <source>The post&apos;s offset from UTC ({0})</source>
        <translation>文章相对 UTC 的时差（{0}）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/date_edit.py" line="160"/>
        <source>The date has no offset, so Jekyll reads it as UTC; shown here is when the site publishes it, in the site&apos;s time zone ({0})</source>
        <translation>日期没有写时差，Jekyll 会按 UTC 理解它；这里显示的是站点发布它的时间（站点时区 {0}）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/date_edit.py" line="165"/>
        <source>The date has no offset, so Jekyll reads it in the site&apos;s time zone ({0})</source>
        <translation>日期没有写时差，Jekyll 会按站点时区（{0}）理解它</translation>
    </message>
</context>
<context>
    <name>EditorArea</name>
    <message>
        <location filename="../../editor_app/ui/panes/editor_area.py" line="103"/>
        <source>Select a post in the list, or press Ctrl+N to write a new one.</source>
        <translation>在列表中选择一篇文章，或按 Ctrl+N 写一篇新文章。</translation>
    </message>
</context>
<context>
    <name>FieldsTable</name>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="193"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="193"/>
        <location filename="../../editor_app/ui/form/fields_table.py" line="195"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="194"/>
        <source>New field</source>
        <translation>新字段</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="196"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="197"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="198"/>
        <source>Remove the selected field from the post</source>
        <translation>从文章中移除所选字段</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="200"/>
        <source>None. Add a field below.</source>
        <translation>无。可在下方添加字段。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="200"/>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="286"/>
        <source>The post already has a field called “{0}”.</source>
        <translation>文章中已有名为“{0}”的字段。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="289"/>
        <source>Field names cannot contain “:” or “#” or start with “-”.</source>
        <translation>字段名不能包含“:”或“#”，也不能以“-”开头。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="318"/>
        <source>A list or group of values, written as YAML</source>
        <translation>以 YAML 书写的列表或一组值</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="321"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="323"/>
        <source>A date: YYYY-MM-DD</source>
        <translation>日期：YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="345"/>
        <source>“{0}” was not changed: {1}</source>
        <translation>“{0}”没有修改：{1}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../editor_app/ui/body/find_bar.py" line="91"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/body/find_bar.py" line="92"/>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/body/find_bar.py" line="93"/>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/body/find_bar.py" line="94"/>
        <source>Whole words</source>
        <translation>全词匹配</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/body/find_bar.py" line="96"/>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/body/find_bar.py" line="96"/>
        <source>Find previous (Shift+Enter)</source>
        <translation>查找上一个（Shift+Enter）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/body/find_bar.py" line="97"/>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/body/find_bar.py" line="97"/>
        <source>Find next (Enter)</source>
        <translation>查找下一个（Enter）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/body/find_bar.py" line="98"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/body/find_bar.py" line="98"/>
        <source>Replace this match</source>
        <translation>替换当前匹配</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/body/find_bar.py" line="101"/>
        <source>Replace All</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/body/find_bar.py" line="102"/>
        <source>Replace every match (one undo step)</source>
        <translation>替换所有匹配（可一步撤销）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/body/find_bar.py" line="107"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/body/find_bar.py" line="175"/>
        <location filename="../../editor_app/ui/body/find_bar.py" line="226"/>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/body/find_bar.py" line="181"/>
        <source>Wrapped</source>
        <translation>已从头继续</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/body/find_bar.py" line="228"/>
        <source>%1+ matches</source>
        <translation>%1+ 处匹配</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/body/find_bar.py" line="230"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 处匹配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/body/find_bar.py" line="278"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>已替换 %n 处</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../editor_app/ui/preferences/pages.py" line="89"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/preferences/pages.py" line="90"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/preferences/pages.py" line="91"/>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/preferences/pages.py" line="92"/>
        <source>Save automatically when switching posts</source>
        <translation>切换文章时自动保存</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/preferences/pages.py" line="96"/>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/preferences/pages.py" line="101"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/preferences/pages.py" line="102"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/preferences/pages.py" line="103"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <location filename="../../editor_app/ui/form/typed_fields.py" line="64"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/typed_fields.py" line="65"/>
        <source>/assets/images/picture.jpg</source>
        <translation>/assets/images/picture.jpg</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/typed_fields.py" line="105"/>
        <source>Choose an Image</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/typed_fields.py" line="107"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg *.avif)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.gif *.webp *.svg *.avif)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/typed_fields.py" line="113"/>
        <source>Choose a picture inside the site folder.</source>
        <translation>请选择站点文件夹里的图片。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="549"/>
        <source>Cannot Open Folder</source>
        <translation>无法打开文件夹</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="622"/>
        <source>Open Site Folder</source>
        <translation>打开站点文件夹</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="138"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="164"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="139"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="140"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="141"/>
        <source>&amp;Site</source>
        <translation>站点(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="145"/>
        <source>&amp;New Post…</source>
        <translation>新建文章(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="153"/>
        <source>Create a new post</source>
        <translation>新建一篇文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="157"/>
        <source>&amp;Open Folder…</source>
        <translation>打开文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="167"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="178"/>
        <source>Re&amp;vert to Saved</source>
        <translation>还原到已保存(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="189"/>
        <source>D&amp;uplicate Post</source>
        <translation>复制文章(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="200"/>
        <source>&amp;Publish…</source>
        <translation>发布(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="207"/>
        <source>Move the draft to _posts, dated now or with its own date</source>
        <translation>把草稿移到 _posts，日期用现在或草稿自己的日期</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="211"/>
        <source>U&amp;npublish</source>
        <translation>撤回为草稿(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="218"/>
        <source>Move the post back to _drafts</source>
        <translation>把文章移回 _drafts</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="222"/>
        <source>Reveal in File &amp;Manager</source>
        <translation>在文件管理器中显示(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="232"/>
        <source>Move to &amp;Trash…</source>
        <translation>移到回收站(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="251"/>
        <source>&amp;Close Window</source>
        <translation>关闭窗口(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="259"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="268"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="278"/>
        <source>&amp;Replace…</source>
        <translation>替换(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="287"/>
        <source>Save Automatically When &amp;Switching Posts</source>
        <translation>切换文章时自动保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="295"/>
        <source>Pre&amp;ferences…</source>
        <translation>偏好设置(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="304"/>
        <source>Search &amp;Posts</source>
        <translation>搜索文章(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="313"/>
        <source>Go to Post &amp;List</source>
        <translation>转到文章列表(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="321"/>
        <source>Go to &amp;Title</source>
        <translation>转到标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="329"/>
        <source>Go to &amp;Body</source>
        <translation>转到正文(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="337"/>
        <source>Show &amp;Sidebar</source>
        <translation>显示侧栏(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="346"/>
        <source>Show &amp;Preview</source>
        <translation>显示预览(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="356"/>
        <source>Soft &amp;Wrap</source>
        <translation>自动换行(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="362"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="365"/>
        <source>Follow &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="373"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="381"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="387"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="403"/>
        <source>&amp;Categories &amp;&amp; Tags…</source>
        <translation>分类和标签(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="410"/>
        <source>Rename, merge, delete or split categories and tags across the site</source>
        <translation>在整个站点中重命名、合并、删除或拆分分类和标签</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="414"/>
        <source>&amp;Bulk Edit…</source>
        <translation>批量编辑(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="421"/>
        <source>Change the selected posts, or every post of the list, at once</source>
        <translation>一次修改选中的文章，或列表中的所有文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="425"/>
        <source>&amp;Undo Last Change to Many Posts…</source>
        <translation>撤销上次批量修改(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="768"/>
        <source>Indexing…</source>
        <translation>正在建立索引…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="768"/>
        <source>Building search…</source>
        <translation>正在建立全文搜索…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="791"/>
        <source>Indexing stopped: %1</source>
        <translation>索引已停止：%1</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="823"/>
        <source>It has unsaved edits in the window; save or revert them first.</source>
        <translation>它在窗口中有未保存的修改；请先保存或还原。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/window/main_window.py" line="853"/>
        <source>%1 (%n selected post(s))</source>
        <translation>
            <numerusform>%1（选中的 %n 篇文章）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/window/main_window.py" line="858"/>
        <source>%1 (%n post(s) of the list)</source>
        <translation>
            <numerusform>%1（列表中的 %n 篇文章）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="951"/>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="955"/>
        <source>Frontdesk</source>
        <translation>编辑台</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="142"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="943"/>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="393"/>
        <source>&amp;System Language</source>
        <translation>跟随系统语言(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="433"/>
        <source>&amp;Rescan Site</source>
        <translation>重新扫描站点(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="442"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="449"/>
        <source>&amp;About Frontdesk</source>
        <translation>关于编辑台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="481"/>
        <source>No Recent Sites</source>
        <translation>没有最近打开的站点</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="484"/>
        <source>Clear Menu</source>
        <translation>清除菜单</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/help.py" line="28"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="243"/>
        <source>Move the selected posts to the trash (in the post list)</source>
        <translation>把所选文章移到回收站（在文章列表中）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="454"/>
        <source>Open the previous / next post (in the post list)</source>
        <translation>打开上一篇 / 下一篇文章（在文章列表中）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="455"/>
        <source>Open the first match (in the post search)</source>
        <translation>打开第一个匹配结果（在文章搜索框中）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/help.py" line="31"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/help.py" line="31"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/help.py" line="52"/>
        <source>About Frontdesk</source>
        <translation>关于编辑台</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/help.py" line="53"/>
        <source>&lt;h3&gt;Frontdesk (编辑台) %1&lt;/h3&gt;&lt;p&gt;An offline editor for Jekyll posts that never damages front matter.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;编辑台（Frontdesk）%1&lt;/h3&gt;&lt;p&gt;离线编辑 Jekyll 文章，绝不破坏头信息。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MetadataForm</name>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="228"/>
        <source>Post title</source>
        <translation>文章标题</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="229"/>
        <source>Add a category…</source>
        <translation>添加分类…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="230"/>
        <source>Add a tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="231"/>
        <source>Default from _config.yml</source>
        <translation>默认取自 _config.yml</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="402"/>
        <source>Posts in the _drafts folder are drafts. Use File → Publish to move it to _posts.</source>
        <translation>_drafts 文件夹里的文章是草稿。用“文件 → 发布”把它移到 _posts。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="407"/>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="213"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="214"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="215"/>
        <source>&amp;Layout:</source>
        <translation>布局(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="216"/>
        <source>&amp;Categories:</source>
        <translation>分类(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="217"/>
        <source>T&amp;ags:</source>
        <translation>标签(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="218"/>
        <source>&amp;Permalink:</source>
        <translation>固定链接(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="219"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="220"/>
        <source>E&amp;xcerpt:</source>
        <translation>摘要(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="227"/>
        <source>Required by the site</source>
        <translation>站点要求必填</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="232"/>
        <source>Other fields</source>
        <translation>其他字段</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="233"/>
        <source>Site fields</source>
        <translation>站点字段</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="235"/>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="236"/>
        <source>Raw Front Matter</source>
        <translation>原始头信息</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="251"/>
        <source>Guessed from the newest posts: every one agrees on these fields.</source>
        <translation>根据最新的文章推断：这些字段在每篇文章中都一致。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="254"/>
        <source>Declared in %1 (Decap CMS)</source>
        <translation>在 %1 中定义（Decap CMS）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="255"/>
        <source>Declared in %1 (Front Matter CMS)</source>
        <translation>在 %1 中定义（Front Matter CMS）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="394"/>
        <source>Default: {0}</source>
        <translation>默认：{0}</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="399"/>
        <source>Draft (in the _drafts folder)</source>
        <translation>草稿（在 _drafts 文件夹中）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="409"/>
        <source>Unchecked writes “published: false”: Jekyll then skips the post.</source>
        <translation>取消勾选会写入“published: false”，Jekyll 将跳过这篇文章。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="438"/>
        <source>(see Other fields)</source>
        <translation>（见“其他字段”）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="456"/>
        <source>From the file name. Changing it adds a “date” field to the post.</source>
        <translation>取自文件名。修改它会在文章中添加“date”字段。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="459"/>
        <source>(no date)</source>
        <translation>（无日期）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="482"/>
        <source>This post is shown read-only: {0}
Frontdesk will not change it. Edit the file in a text editor, or fix the cause and open it again.</source>
        <translation>这篇文章以只读方式显示：{0}
编辑台不会修改它。请用文本编辑器编辑该文件，或解决问题后重新打开。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="490"/>
        <source>The front matter has a mistake on line {0}. Fix it in the Raw Front Matter tab; the fields come back when it is valid.</source>
        <translation>头信息第 {0} 行有错误。请在“原始头信息”页中修正，修正后表单字段会恢复。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="495"/>
        <source>The front matter is not valid. Fix it in the Raw Front Matter tab; the fields come back when it is valid.</source>
        <translation>头信息无效。请在“原始头信息”页中修正，修正后表单字段会恢复。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="503"/>
        <source>This file has no front matter, so Jekyll copies it as it is. Add a front matter block (between --- lines) in a text editor to make it a post.</source>
        <translation>这个文件没有头信息，Jekyll 会原样复制它。要让它成为文章，请用文本编辑器添加头信息（放在两行 --- 之间）。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="540"/>
        <source>The form cannot change this front matter: {0}
Use the Raw Front Matter tab instead.</source>
        <translation>表单无法修改这段头信息：{0}
请改用“原始头信息”页。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="549"/>
        <source>“{0}” could not be changed: {1}</source>
        <translation>无法修改“{0}”：{1}</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="644"/>
        <source>Fix the raw front matter first</source>
        <translation>请先修正原始头信息</translation>
    </message>
</context>
<context>
    <name>NewPostDialog</name>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="99"/>
        <source>New Post</source>
        <translation>新建文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="105"/>
        <source>None (defaults from _config.yml)</source>
        <translation>不用模板（使用 _config.yml 的默认值）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="114"/>
        <source>What is the post called?</source>
        <translation>文章叫什么名字？</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="124"/>
        <source>Add a category…</source>
        <translation>添加分类…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="126"/>
        <source>Add a tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="129"/>
        <source>Draft (saved in _drafts, not published)</source>
        <translation>草稿（保存在 _drafts，不发布）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="145"/>
        <source>Tem&amp;plate:</source>
        <translation>模板(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="147"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="148"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="149"/>
        <source>&amp;Layout:</source>
        <translation>布局(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="150"/>
        <source>&amp;Categories:</source>
        <translation>分类(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="151"/>
        <source>T&amp;ags:</source>
        <translation>标签(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="153"/>
        <source>File &amp;name from:</source>
        <translation>文件名依据(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="154"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="160"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="199"/>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="245"/>
        <source>From %1. {{title}}, {{date}}, {{slug}} and {{author}} are filled in.</source>
        <translation>来自 %1。{{title}}、{{date}}、{{slug}} 和 {{author}} 会自动填入。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="261"/>
        <source>Without a template, _config.yml defaults also add: %1</source>
        <translation>不用模板时，_config.yml 的默认值还会加入：%1</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="267"/>
        <source>Without a template, the layout comes from _config.yml defaults.</source>
        <translation>不用模板时，布局取自 _config.yml 的默认值。</translation>
    </message>
</context>
<context>
    <name>NewPostsPage</name>
    <message>
        <location filename="../../editor_app/ui/preferences/pages.py" line="170"/>
        <source>New Posts</source>
        <translation>新文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/preferences/pages.py" line="171"/>
        <source>File &amp;names from:</source>
        <translation>文件名依据(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/preferences/pages.py" line="172"/>
        <source>&amp;Author:</source>
        <translation>作者(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/preferences/pages.py" line="173"/>
        <source>Fills {{author}} in templates</source>
        <translation>填入模板中的 {{author}}</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/preferences/pages.py" line="174"/>
        <source>&amp;Templates folder:</source>
        <translation>模板文件夹(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/preferences/pages.py" line="176"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/preferences/pages.py" line="179"/>
        <source>Post templates with {{title}}, {{date}}, {{slug}} and {{author}}. A folder inside the site (like _templates) or anywhere on this computer.</source>
        <translation>存放文章模板的文件夹，模板中可使用 {{title}}、{{date}}、{{slug}} 和 {{author}}。可以是站点里的文件夹（如 _templates），也可以是这台电脑上的任意位置。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/preferences/pages.py" line="201"/>
        <source>Templates Folder</source>
        <translation>模板文件夹</translation>
    </message>
</context>
<context>
    <name>PostActions</name>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="72"/>
        <location filename="../../editor_app/ui/window/post_actions.py" line="74"/>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="119"/>
        <location filename="../../editor_app/ui/window/post_actions.py" line="256"/>
        <source>Cannot Open Post</source>
        <translation>无法打开文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="130"/>
        <source>Restored unsaved edits; the file changed on disk since — review before saving.</source>
        <translation>已恢复未保存的修改；但文件此后在磁盘上被改过，请检查后再保存。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="137"/>
        <source>Restored unsaved edits to the body; the front matter edits no longer fit the file.</source>
        <translation>已恢复正文中未保存的修改；头信息的修改已不适用于当前文件。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="142"/>
        <source>Restored unsaved edits.</source>
        <translation>已恢复未保存的修改。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="163"/>
        <source>Reloaded: the file changed on disk.</source>
        <translation>已重新载入：文件在磁盘上被修改过。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="174"/>
        <source>Read-Only Post</source>
        <translation>只读文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="175"/>
        <source>This post cannot be edited.</source>
        <translation>这篇文章不能编辑。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="180"/>
        <source>Fix the Front Matter First</source>
        <translation>请先修正头信息</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="191"/>
        <source>Could Not Save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="196"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="242"/>
        <source>Could Not Rename</source>
        <translation>无法重命名</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="289"/>
        <source>Could Not Create Post</source>
        <translation>无法创建文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="351"/>
        <source>Could Not Move the Post</source>
        <translation>无法移动文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="356"/>
        <source>Moved to %1</source>
        <translation>已移到 %1</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="367"/>
        <source>Could Not Duplicate</source>
        <translation>无法复制</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="390"/>
        <source>Could Not Move to Trash</source>
        <translation>无法移到回收站</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/window/post_actions.py" line="394"/>
        <source>Moved %n post(s) to the trash.</source>
        <translation>
            <numerusform>已将 %n 篇文章移到回收站。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostListModel</name>
    <message>
        <location filename="../../editor_app/ui/panes/post_list.py" line="96"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/post_list.py" line="97"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/post_list.py" line="98"/>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/post_list.py" line="99"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/post_list.py" line="100"/>
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/post_list.py" line="101"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/post_list.py" line="272"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/post_list.py" line="280"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/panes/post_list.py" line="282"/>
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n 个问题：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/panes/post_list.py" line="297"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>……还有 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostListPane</name>
    <message>
        <location filename="../../editor_app/ui/panes/post_list.py" line="483"/>
        <source>Search titles and text</source>
        <translation>搜索标题和正文</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../editor_app/ui/preferences/dialog.py" line="80"/>
        <source>Preferences</source>
        <extracomment>Builds one page from the settings. Each page is a QWidget whose window title is its name. Every page, in the order shown. A feature with settings of its own adds its page here.</extracomment>
        <translation>偏好设置</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../editor_app/ui/preview/pane.py" line="317"/>
        <source>Remote images blocked</source>
        <translation>已阻止远程图片</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/preview/pane.py" line="303"/>
        <source>Load for this post</source>
        <translation>为这篇文章载入</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/preview/pane.py" line="305"/>
        <source>Fetch images and other files from the internet for this post only</source>
        <translation>仅为这篇文章从网络获取图片等文件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/preview/pane.py" line="315"/>
        <source>Remote images blocked (%n item(s))</source>
        <translation>
            <numerusform>已阻止远程图片（%n 项）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../editor_app/ui/panes/post_list.py" line="336"/>
        <location filename="problem_templates.py" line="133"/>
        <source>Line %1: </source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="7"/>
        <source>This file cannot be read: {reason} {hint}</source>
        <translation>无法读取这个文件：{reason} {hint}</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="8"/>
        <source>{detail} {hint}</source>
        <translation>{detail} {hint}</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="9"/>
        <source>This is not a regular file (it is a named pipe, a device or a socket), so Frontdesk never opens it. Move it out of the posts folder.</source>
        <translation>这不是普通文件（而是命名管道、设备或套接字），编辑台不会打开它。请把它移出文章文件夹。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="13"/>
        <source>This is a link to a file or folder outside the site, so Frontdesk neither reads nor changes it. Copy the post into the site instead of linking to it.</source>
        <translation>这是指向站点之外的文件或文件夹的链接，编辑台既不读取也不修改它。请把文章复制到站点里，而不是链接过来。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="17"/>
        <source>This folder is a link. Jekyll does not read posts through a linked folder here, so they are not published or listed. Move the posts into the folder itself.</source>
        <translation>这个文件夹是一个链接。Jekyll 不会通过这里的链接文件夹读取文章，所以其中的文章既不会发布也不会列出。请把文章移到真正的文件夹里。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="21"/>
        <source>This link leads back to a folder that is already read (a loop), so it is not read again. Remove the link.</source>
        <translation>这个链接指回一个已经读取过的文件夹（形成循环），所以不会再次读取。请删除这个链接。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="25"/>
        <source>The value of “{key}” repeats other values through YAML aliases (*name) so often that it would expand to more than {limit} values, a pattern used to exhaust memory; Frontdesk does not read it. Write the values out instead of repeating them with &amp; and *.</source>
        <translation>“{key}”的值通过 YAML 别名（*name）反复引用其他值，展开后会超过 {limit} 个值，这是一种耗尽内存的手法；编辑台不会读取它。请把值直接写出来，不要用 &amp; 和 * 重复。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="29"/>
        <source>The front matter nests lists or maps more than {limit} levels deep, which Frontdesk does not read. Flatten the value.</source>
        <translation>头信息中的列表或映射嵌套超过 {limit} 层，编辑台不会读取。请减少嵌套层数。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="33"/>
        <source>This file is saved as {encoding}, not UTF-8, so Jekyll will show garbled text and Frontdesk will not change it. Open it in a text editor and save it as UTF-8.</source>
        <translation>这个文件以 {encoding} 编码保存，而不是 UTF-8，Jekyll 会显示乱码，编辑台也不会修改它。请用文本编辑器打开并另存为 UTF-8。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="37"/>
        <source>This file starts with an invisible byte-order mark (BOM), which some tools mistake for text before the front matter. Save it as “UTF-8 without BOM”.</source>
        <translation>这个文件开头有一个看不见的字节顺序标记（BOM），有些工具会把它当成头信息前的文字。请另存为“UTF-8 无 BOM”。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="41"/>
        <source>This file is read-only, so changes to it cannot be saved. Make it writable (in its properties or permissions) to edit it.</source>
        <translation>这个文件是只读的，修改无法保存。请在文件属性或权限中把它设为可写，再进行编辑。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="45"/>
        <source>This post uses {kind} front matter, which Frontdesk shows but cannot edit yet.</source>
        <translation>这篇文章使用 {kind} 格式的头信息，编辑台可以显示，但暂时不能编辑。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="48"/>
        <source>This post uses {kind} front matter, which Frontdesk shows but cannot edit yet. Jekyll does not read {kind} front matter; convert it to YAML (--- lines).</source>
        <translation>这篇文章使用 {kind} 格式的头信息，编辑台可以显示，但暂时不能编辑。Jekyll 不读取 {kind} 头信息，请把它改写为 YAML（用 --- 行包围）。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="52"/>
        <source>The lines of this file end with CR only (old Mac style), so Jekyll does not see the front matter and publishes the post without its title, date and tags. Save the file with LF (or CRLF) line endings.</source>
        <translation>这个文件的行尾只有 CR（旧 Mac 格式），Jekyll 看不到头信息，发布时会缺少标题、日期和标签。请用 LF（或 CRLF）行尾保存文件。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="56"/>
        <source>Line {line} is indented with a tab. YAML allows only spaces for indentation; replace the tab with spaces.</source>
        <translation>第 {line} 行用制表符缩进。YAML 只允许用空格缩进，请把制表符换成空格。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="60"/>
        <source>Jekyll cannot read this front matter: {value} starts with a colon, which Jekyll&apos;s YAML reads as a Ruby symbol and refuses, so the post loses its title, date and tags. Put the value in quotes.</source>
        <translation>Jekyll 无法读取这段头信息：{value} 以冒号开头，Jekyll 的 YAML 会把它当作 Ruby 符号并拒绝读取，文章因此丢失标题、日期和标签。请给这个值加上引号。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="64"/>
        <source>The field “{key}” appears twice (lines {first} and {line}). Jekyll keeps only the last one; delete the line you do not want.</source>
        <translation>字段“{key}”出现了两次（第 {first} 行和第 {line} 行）。Jekyll 只保留最后一个，请删除不需要的那一行。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="68"/>
        <source>This post and {others} are both published at /{url}, so one will overwrite the other. Change the title, date or permalink of one of them.</source>
        <translation>这篇文章和 {others} 都发布到 /{url}，其中一篇会覆盖另一篇。请修改其中一篇的标题、日期或固定链接。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="72"/>
        <source>This file is empty. Write the post, or move the file to the trash.</source>
        <translation>这个文件是空的。请写入文章内容，或把文件移到回收站。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="75"/>
        <source>This file has no front matter, so Jekyll guesses its title and date from the file name. Add a title and a date at the top, between two --- lines.</source>
        <translation>这个文件没有头信息，Jekyll 会根据文件名猜测标题和日期。请在文件开头的两行 --- 之间添加标题和日期。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="79"/>
        <source>The date {value} has no UTC offset and _config.yml sets no timezone, so the time depends on the computer that builds the site. Write the offset ({fixed}) or set timezone in _config.yml.</source>
        <translation>日期 {value} 没有写 UTC 时差，而 _config.yml 也没有设置 timezone，所以发布时间取决于生成网站的那台电脑。请写上时差（{fixed}），或在 _config.yml 中设置 timezone。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="83"/>
        <source>The layout “{layout}” does not exist, so the page is shown without it. Choose one of: {known}.</source>
        <translation>布局“{layout}”不存在，页面会在没有布局的情况下显示。请从这些布局中选一个：{known}。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="87"/>
        <source>The title is empty. Type a title for this post.</source>
        <translation>标题是空的。请为这篇文章输入标题。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="88"/>
        <source>This post has no title. Add one.</source>
        <translation>这篇文章没有标题。请添加一个标题。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="89"/>
        <source>The date is empty, which stops Jekyll from building the site. Set the date, for example 2024-05-01 12:00:00 +0800.</source>
        <translation>日期是空的，这会导致 Jekyll 无法生成网站。请填写日期，例如 2024-05-01 12:00:00 +0800。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="93"/>
        <source>The date {value} has no UTC offset, so Jekyll reads it as UTC and publishes the post at {published} in the site&apos;s time zone. Write the offset Jekyll uses ({fixed}), or the local time with its own offset.</source>
        <translation>日期 {value} 没有写 UTC 时差，Jekyll 会按 UTC 理解它，按站点时区在 {published} 发布这篇文章。请写上 Jekyll 实际使用的时差（{fixed}），或写成带时差的当地时间。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="113"/>
        <source>The date in the file name ({file_date}) does not exist, which stops Jekyll from building the site. Rename the file with a real date.</source>
        <translation>文件名中的日期（{file_date}）不存在，这会导致 Jekyll 无法生成网站。请用真实的日期重命名文件。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="117"/>
        <source>Jekyll skips this post because its file name does not start with a date. Rename it like {example}.</source>
        <translation>这篇文章的文件名不是以日期开头，Jekyll 会跳过它。请把它改名为类似 {example} 的名字。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="129"/>
        <source>The field “{key}” is empty or missing, but {source} marks it as required. Fill it in.</source>
        <translation>字段“{key}”为空或缺失，但 {source} 把它定为必填。请填写。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="97"/>
        <source>The layout “{layout}” (set by defaults in _config.yml) does not exist, so the page is shown without it. Add _layouts/{layout}.html or change the default. Layouts: {known}.</source>
        <translation>布局“{layout}”（由 _config.yml 中的默认设置指定）不存在，页面会在没有布局的情况下显示。请添加 _layouts/{layout}.html，或修改默认设置。现有布局：{known}。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="101"/>
        <source>The file name says {file_date} but the date field says {date}. Rename the file to {suggested} or correct the date.</source>
        <translation>文件名中的日期是 {file_date}，但日期字段是 {date}。请把文件改名为 {suggested}，或修改日期。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="105"/>
        <source>This post is dated in the future ({date}). The site does not publish future posts (future is off in _config.yml), so it stays hidden until then.</source>
        <translation>这篇文章的日期在未来（{date}）。网站不发布未来日期的文章（_config.yml 中的 future 已关闭），所以在那之前它不会显示。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="109"/>
        <source>The date “{value}” is not a date Jekyll understands, which stops it from building the site. Write it like 2024-05-01 12:00:00 +0800.</source>
        <translation>Jekyll 无法识别日期“{value}”，这会导致它无法生成网站。请按 2024-05-01 12:00:00 +0800 的格式填写。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="121"/>
        <source>This post has no date, so Jekyll uses the date in its file name ({file_date}) at midnight. Add a date to set the time.</source>
        <translation>这篇文章没有日期，Jekyll 会使用文件名中的日期（{file_date}），时间为午夜零点。如需指定时间，请添加日期。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="125"/>
        <source>This post has no date, neither in the front matter nor in the file name. Add a date.</source>
        <translation>这篇文章没有日期，头信息和文件名中都没有。请添加日期。</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="19"/>
        <source>Unsaved Changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="20"/>
        <source>Save the changes to “%1”?</source>
        <translation>要保存对“%1”的修改吗？</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="21"/>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>如果不保存，你的修改将会丢失。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="36"/>
        <location filename="../../editor_app/ui/prompts.py" line="46"/>
        <source>Move to Trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="38"/>
        <source>Move “%1” to the trash?</source>
        <translation>要把“%1”移到回收站吗？</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="41"/>
        <source>Move %1 posts to the trash?</source>
        <translation>要把 %1 篇文章移到回收站吗？</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="44"/>
        <source>You can restore it from the system trash.</source>
        <translation>之后可以从系统回收站中恢复。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="65"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="66"/>
        <source>Publish “%1”?</source>
        <translation>要发布“%1”吗？</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="68"/>
        <source>The draft moves to _posts, with the date in its file name and in its date field.</source>
        <translation>草稿会移到 _posts，日期写入文件名和 date 字段。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="74"/>
        <source>Publish Now (%1)</source>
        <translation>现在发布（%1）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="79"/>
        <source>Keep Its Date (%1)</source>
        <translation>保留草稿日期（%1）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="97"/>
        <source>Recover Unsaved Changes</source>
        <translation>恢复未保存的修改</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="99"/>
        <source>Frontdesk found unsaved changes to %1 post(s) from a previous session.</source>
        <translation>编辑台发现上次运行时有 %1 篇文章的修改没有保存。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="104"/>
        <source>Restore them? They will open as unsaved edits you can review.</source>
        <translation>要恢复吗？它们会以未保存的修改打开，你可以检查后再保存。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="108"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="130"/>
        <source>Unfinished Change</source>
        <translation>未完成的修改</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="132"/>
        <source>Frontdesk stopped while changing %1 files: “%2”.</source>
        <translation>编辑台在修改 %1 个文件时中断了：“%2”。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="137"/>
        <source>Every file is either still as it was or already changed. Finish the change, or undo it to put every file back.</source>
        <translation>每个文件要么保持原样，要么已经修改完毕。可以完成这次修改，或撤销它，让所有文件恢复原样。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="143"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="144"/>
        <location filename="../../editor_app/ui/prompts.py" line="166"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="145"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="156"/>
        <source>Undo Change</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="158"/>
        <source>Undo “%1” in %2 files?</source>
        <translation>在 %2 个文件中撤销“%1”？</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="163"/>
        <source>Files changed since then are left as they are and listed.</source>
        <translation>此后又被改动过的文件会保持原样，并列出来。</translation>
    </message>
</context>
<context>
    <name>RawFrontMatterEditor</name>
    <message>
        <location filename="../../editor_app/ui/form/raw_front_matter.py" line="131"/>
        <source>Line {0}: </source>
        <translation>第 {0} 行：</translation>
    </message>
</context>
<context>
    <name>RenameOffer</name>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="487"/>
        <source>Rename File?</source>
        <translation>重命名文件？</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="488"/>
        <source>The title or date changed. Rename the file to match?</source>
        <translation>标题或日期已修改。要重命名文件以保持一致吗？</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="490"/>
        <source>From: {0}
To: {1}

The post&apos;s web address may change too.</source>
        <translation>原名：{0}
新名：{1}

文章的网址也可能随之改变。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="494"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="496"/>
        <source>Keep Current Name</source>
        <translation>保留原名</translation>
    </message>
</context>
<context>
    <name>Scheduling</name>
    <message>
        <location filename="../../editor_app/ui/scheduling.py" line="14"/>
        <source>Scheduled for %1, but this site builds future posts (future: true in _config.yml), so the next build publishes it already.</source>
        <translation>定时于 %1 发布，但本站会生成未来日期的文章（_config.yml 中 future: true），所以下次生成网站时就会发布。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/scheduling.py" line="20"/>
        <source>Scheduled for %1: Jekyll leaves it out of every build until then (future is off in _config.yml).</source>
        <translation>定时于 %1 发布：在此之前 Jekyll 每次生成网站都不会包含它（_config.yml 中未开启 future）。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/scheduling.py" line="29"/>
        <source>Scheduled</source>
        <translation>定时发布</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../editor_app/ui/panes/sidebar.py" line="87"/>
        <source>Collections</source>
        <translation>集合</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/sidebar.py" line="88"/>
        <source>Archives</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/sidebar.py" line="89"/>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/sidebar.py" line="90"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/sidebar.py" line="91"/>
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/sidebar.py" line="96"/>
        <source>Posts</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/sidebar.py" line="98"/>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/sidebar.py" line="139"/>
        <source>All posts</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/sidebar.py" line="146"/>
        <source>Categories &amp; Tags…</source>
        <translation>分类和标签…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/sidebar.py" line="149"/>
        <source>Rename, merge, delete or split values across the site</source>
        <translation>在整个站点中重命名、合并、删除或拆分这些值</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/sidebar.py" line="198"/>
        <source>Posts in the folder %1, which Jekyll does not read as posts (right-click to remove it from the sidebar)</source>
        <translation>文件夹 %1 中的文章，Jekyll 不会把它们当作文章读取（右键点击可从侧栏移除）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/panes/sidebar.py" line="207"/>
        <source>… %n more</source>
        <translation>
            <numerusform>……还有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/sidebar.py" line="263"/>
        <source>Remove “%1” from the Sidebar</source>
        <translation>从侧栏移除“%1”</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/sidebar.py" line="267"/>
        <source>Add Folder as Archive</source>
        <translation>把文件夹添加为归档</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/sidebar.py" line="274"/>
        <source>Other Folder…</source>
        <translation>其他文件夹…</translation>
    </message>
</context>
<context>
    <name>SlugRule</name>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="57"/>
        <source>Pinyin (你好 → ni-hao)</source>
        <translation>拼音（你好 → ni-hao）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="60"/>
        <source>Keep Chinese characters (你好)</source>
        <translation>保留汉字（你好）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="64"/>
        <source>Date and a number (2024-05-01-1)</source>
        <translation>日期加序号（2024-05-01-1）</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../editor_app/ui/panes/status.py" line="78"/>
        <source>Stop indexing</source>
        <translation>停止建立索引</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/status.py" line="109"/>
        <source>%1 posts</source>
        <translation>%1 篇文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/status.py" line="111"/>
        <source>%1 of %2 posts</source>
        <translation>%1 / %2 篇文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/status.py" line="118"/>
        <source>Ln %1, Col %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/status.py" line="124"/>
        <source>%1 chars · %2 words</source>
        <translation>%1 字符 · %2 词</translation>
    </message>
</context>
<context>
    <name>TaxonomyManager</name>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="155"/>
        <source>Categories &amp; Tags</source>
        <translation>分类和标签</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="156"/>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="156"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="182"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="209"/>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="215"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="209"/>
        <source>New name for “%1”:</source>
        <translation>“%1”的新名称：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="215"/>
        <source>The new name is empty.</source>
        <translation>新名称是空的。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="217"/>
        <source>Rename “%1” to “%2”</source>
        <translation>把“%1”重命名为“%2”</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="225"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="225"/>
        <source>Merge the selected values into:</source>
        <translation>把选中的值合并为：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="231"/>
        <source>Merge %1 into “%2”</source>
        <translation>把 %1 合并为“%2”</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="236"/>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="242"/>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="243"/>
        <source>Split “%1” into (separate the parts with commas):</source>
        <translation>把“%1”拆分为（各部分用逗号分隔）：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="251"/>
        <source>Split “%1” into %2</source>
        <translation>把“%1”拆分为 %2</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="258"/>
        <source>Keep spaced %1 as one value</source>
        <translation>把带空格的%1保留为一个值</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="260"/>
        <source>Write spaced %1 as lists</source>
        <translation>把带空格的%1写成列表</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="261"/>
        <source>categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="261"/>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="488"/>
        <source>only the case differs</source>
        <translation>只有大小写不同</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="489"/>
        <source>full-width or half-width</source>
        <translation>全角或半角</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="490"/>
        <source>spaces differ</source>
        <translation>空格不同</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="491"/>
        <source>punctuation differs</source>
        <translation>标点不同</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="492"/>
        <source>traditional or simplified</source>
        <translation>繁体或简体</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="493"/>
        <source>the same text, encoded differently</source>
        <translation>文字相同，编码不同</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="496"/>
        <source>spelled differently</source>
        <translation>拼写不同</translation>
    </message>
</context>
<context>
    <name>TermTable</name>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="91"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="91"/>
        <source>Files</source>
        <translation>文件数</translation>
    </message>
</context>
<context>
    <name>TokenField</name>
    <message>
        <location filename="../../editor_app/ui/form/token_field.py" line="133"/>
        <source>Remove “{0}”</source>
        <extracomment>Separators that commit the typed text; the CJK ones arrive as IME commit strings.</extracomment>
        <translation>移除“{0}”</translation>
    </message>
</context>
<context>
    <name>TypedFieldsPanel</name>
    <message>
        <location filename="../../editor_app/ui/form/typed_fields.py" line="400"/>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/typed_fields.py" line="401"/>
        <source>The field “%1”</source>
        <translation>字段“%1”</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/typed_fields.py" line="406"/>
        <source>Required: fill it in.</source>
        <translation>必填：请填写。</translation>
    </message>
</context>
<context>
    <name>_KindPage</name>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="379"/>
        <source>Search values</source>
        <translation>搜索值</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="381"/>
        <source>Show Posts</source>
        <translation>显示文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="382"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="383"/>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="384"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="385"/>
        <source>Split…</source>
        <translation>拆分…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="391"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="391"/>
        <source>Files</source>
        <translation>文件数</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="391"/>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="386"/>
        <source>Merge into Selected Value</source>
        <translation>合并为选中的值</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="392"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="392"/>
        <source>Written</source>
        <translation>写法</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="392"/>
        <source>Jekyll reads</source>
        <translation>Jekyll 读作</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="387"/>
        <source>Write as a List (Same Meaning)</source>
        <translation>写成列表（含义不变）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="388"/>
        <source>Keep as One Value</source>
        <translation>保留为一个值</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="395"/>
        <source>These files give their values as one string with spaces. Jekyll splits such a string into several values. Make that explicit, or keep each string as one value.</source>
        <translation>这些文件把多个值写成一个带空格的字符串，Jekyll 会把它拆成几个值。可以把这一点写明白，或者把每个字符串保留为一个值。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="399"/>
        <source>All Values</source>
        <translation>全部值</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="400"/>
        <source>Suggested Merges</source>
        <translation>建议合并</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="401"/>
        <source>Split by Jekyll</source>
        <translation>被 Jekyll 拆开</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="437"/>
        <source>Suggested Merges (%1)</source>
        <translation>建议合并（%1）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="440"/>
        <source>Split by Jekyll (%1)</source>
        <translation>被 Jekyll 拆开（%1）</translation>
    </message>
</context>
</TS>
