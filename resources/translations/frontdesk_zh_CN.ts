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
        <location filename="../../editor_app/ui/window/archive_folders.py" line="52"/>
        <source>Add Folder as Archive</source>
        <translation>把文件夹添加为归档</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/archive_folders.py" line="60"/>
        <location filename="../../editor_app/ui/window/archive_folders.py" line="75"/>
        <source>Cannot Add the Folder</source>
        <translation>无法添加文件夹</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/archive_folders.py" line="61"/>
        <source>Choose a folder inside the site.</source>
        <translation>请选择站点里的文件夹。</translation>
    </message>
</context>
<context>
    <name>BatchPreview</name>
    <message>
        <location filename="../../editor_app/ui/batch/preview.py" line="39"/>
        <source>not a post: a page</source>
        <translation>不是文章，是页面</translation>
    </message>
</context>
<context>
    <name>BatchPreviewDialog</name>
    <message>
        <location filename="../../editor_app/ui/batch/preview.py" line="75"/>
        <source>Review Changes</source>
        <translation>检查修改</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/batch/preview.py" line="77"/>
        <source>%n file(s) will change.</source>
        <translation>
            <numerusform>将修改 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/batch/preview.py" line="79"/>
        <source>%n of them are not posts (pages).</source>
        <translation>
            <numerusform>其中 %n 个不是文章（是页面）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/batch/preview.py" line="82"/>
        <source>%n file(s) cannot be changed and will be left as they are.</source>
        <translation>
            <numerusform>%n 个文件无法修改，将保持原样。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/preview.py" line="92"/>
        <source>Find in the changes</source>
        <translation>在修改中查找</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/preview.py" line="94"/>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/preview.py" line="118"/>
        <source>Left as they are:</source>
        <translation>保持原样的文件：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/batch/preview.py" line="123"/>
        <source>Change %n File(s)</source>
        <translation>
            <numerusform>修改 %n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/batch/preview.py" line="162"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 处匹配</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message>
        <location filename="../../editor_app/ui/batch/runner.py" line="86"/>
        <source>Preparing the change…</source>
        <translation>正在准备修改…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/runner.py" line="107"/>
        <source>The change was cancelled; nothing was written.</source>
        <translation>修改已取消，没有写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/runner.py" line="110"/>
        <source>Nothing to change: no file needs it.</source>
        <translation>无需修改：没有文件需要改动。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/runner.py" line="114"/>
        <source>Nothing was changed.</source>
        <translation>没有修改任何文件。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/runner.py" line="118"/>
        <source>Changing files…</source>
        <translation>正在修改文件…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/batch/runner.py" line="135"/>
        <source>Cancelled after %n file(s); undo the change to put them back.</source>
        <translation>
            <numerusform>已在修改 %n 个文件后取消；撤销这次修改即可还原。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/batch/runner.py" line="138"/>
        <source>Changed %n file(s).</source>
        <translation>
            <numerusform>已修改 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/runner.py" line="152"/>
        <source>Undo Change</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/runner.py" line="152"/>
        <source>There is no change to undo.</source>
        <translation>没有可以撤销的修改。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/runner.py" line="177"/>
        <source>Undoing the change…</source>
        <translation>正在撤销修改…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/runner.py" line="177"/>
        <source>Finishing the change…</source>
        <translation>正在完成修改…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/batch/runner.py" line="193"/>
        <source>Undid “%1” in %n file(s).</source>
        <translation>
            <numerusform>已在 %n 个文件中撤销“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/batch/runner.py" line="195"/>
        <source>Finished “%1” in %n file(s).</source>
        <translation>
            <numerusform>已在 %n 个文件中完成“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/batch/runner.py" line="210"/>
        <source>%n file(s) were left as they are:</source>
        <translation>
            <numerusform>%n 个文件保持原样：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/runner.py" line="215"/>
        <source>The change stopped: %1</source>
        <translation>修改中止：%1</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="74"/>
        <source>Bulk Edit</source>
        <translation>批量编辑</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="76"/>
        <source>The %n selected post(s)</source>
        <translation>
            <numerusform>选中的 %n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="78"/>
        <source>All %n post(s) of the current list (search and filters)</source>
        <translation>
            <numerusform>当前列表中的全部 %n 篇文章（按搜索和筛选）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="86"/>
        <source>Add categories</source>
        <translation>添加分类</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="87"/>
        <source>Remove categories</source>
        <translation>移除分类</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="88"/>
        <source>Add tags</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="89"/>
        <source>Remove tags</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="90"/>
        <source>Set the layout</source>
        <translation>设置布局</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="91"/>
        <source>Set a field</source>
        <translation>设置字段</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="92"/>
        <source>Remove a field</source>
        <translation>移除字段</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="93"/>
        <source>Unpublish (published: false)</source>
        <translation>取消发布（published: false）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="94"/>
        <source>Publish (remove published: false)</source>
        <translation>发布（去掉 published: false）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="95"/>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="251"/>
        <source>Move to _drafts</source>
        <translation>移到 _drafts</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="96"/>
        <source>Move from _drafts to _posts</source>
        <translation>从 _drafts 移到 _posts</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="97"/>
        <source>Find and replace</source>
        <translation>查找和替换</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="103"/>
        <source>Categories…</source>
        <translation>分类…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="105"/>
        <source>Tags…</source>
        <translation>标签…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="111"/>
        <source>Field name, e.g. author</source>
        <translation>字段名，例如 author</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="113"/>
        <source>Value (YAML: text, 3, true, [a, b])</source>
        <translation>值（YAML：文字、3、true、[a, b]）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="115"/>
        <source>Field name</source>
        <translation>字段名</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="119"/>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="120"/>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="122"/>
        <source>In front matter values</source>
        <translation>在头信息的值中</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="124"/>
        <source>In bodies</source>
        <translation>在正文中</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="127"/>
        <source>Categories:</source>
        <translation>分类：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="128"/>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="134"/>
        <source>Layout:</source>
        <translation>布局：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="138"/>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="141"/>
        <source>Field:</source>
        <translation>字段：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="138"/>
        <source>Value:</source>
        <translation>值：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="146"/>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="147"/>
        <source>Replace with:</source>
        <translation>替换为：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="165"/>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="171"/>
        <source>Posts:</source>
        <translation>文章：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="173"/>
        <source>Change:</source>
        <translation>修改：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="223"/>
        <source>Type at least one value.</source>
        <translation>请至少输入一个值。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="226"/>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="227"/>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="245"/>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="231"/>
        <source>Choose a layout.</source>
        <translation>请选择布局。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="232"/>
        <source>Set layout to %1</source>
        <translation>布局设为 %1</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="238"/>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="244"/>
        <source>Type the name of the field.</source>
        <translation>请输入字段名。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="240"/>
        <source>Set %1</source>
        <translation>设置 %1</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="247"/>
        <source>Unpublish</source>
        <translation>取消发布</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="249"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="254"/>
        <source>Move to _posts</source>
        <translation>移到 _posts</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="256"/>
        <source>Choose front matter values, bodies, or both.</source>
        <translation>请选择头信息的值、正文，或两者。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/batch/bulk_edit.py" line="266"/>
        <source>Replace “%1” with “%2”</source>
        <translation>把“%1”替换为“%2”</translation>
    </message>
</context>
<context>
    <name>CommitDialog</name>
    <message>
        <location filename="../../editor_app/ui/git/commit_dialog.py" line="59"/>
        <source>Sync: Commit and Push</source>
        <translation>同步：提交并推送</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/commit_dialog.py" line="59"/>
        <location filename="../../editor_app/ui/git/commit_dialog.py" line="128"/>
        <source>Commit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/commit_dialog.py" line="66"/>
        <source>Choose the changes to commit. Unchecked ones stay on this computer.</source>
        <translation>选择要提交的更改。未勾选的更改保留在这台电脑上。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/commit_dialog.py" line="72"/>
        <source>Post</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/commit_dialog.py" line="72"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/commit_dialog.py" line="72"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/commit_dialog.py" line="89"/>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/commit_dialog.py" line="90"/>
        <source>Select None</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/commit_dialog.py" line="100"/>
        <source>What did you change? (required)</source>
        <translation>你改了什么？（必填）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/commit_dialog.py" line="104"/>
        <source>Message:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/commit_dialog.py" line="111"/>
        <source>%1 (from your git settings)</source>
        <translation>%1（来自你的 git 设置）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/commit_dialog.py" line="115"/>
        <source>Author:</source>
        <translation>作者：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/commit_dialog.py" line="117"/>
        <source>Your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/commit_dialog.py" line="118"/>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/commit_dialog.py" line="119"/>
        <source>Author name:</source>
        <translation>作者姓名：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/commit_dialog.py" line="120"/>
        <source>Author email:</source>
        <translation>作者邮箱：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/commit_dialog.py" line="128"/>
        <source>Commit and Sync</source>
        <translation>提交并同步</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/commit_dialog.py" line="145"/>
        <source>renamed from %1</source>
        <translation>由 %1 改名</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/commit_dialog.py" line="147"/>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/commit_dialog.py" line="148"/>
        <source>modified</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/commit_dialog.py" line="149"/>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/commit_dialog.py" line="150"/>
        <source>conflicted</source>
        <translation>有冲突</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="354"/>
        <source>File Changed on Disk</source>
        <translation>文件已在磁盘上被修改</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="366"/>
        <source>“{0}” was changed by another program after you opened it.

Reload it to see the other change (your unsaved edits are dropped), or overwrite it with your version (the other change is lost). Compare them first if you are not sure.</source>
        <translation>打开“{0}”之后，另一个程序修改了它。

重新载入可看到对方的修改（你未保存的编辑会被丢弃）；用你的版本覆盖则对方的修改会丢失。如果拿不准，请先对比两者。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="373"/>
        <source>“{0}” was changed by another program after you opened it.

Your edits and the other change touch different lines, so both can be kept: below is the file on disk now beside the merged text Save Merged writes.</source>
        <translation>“{0}”在你打开之后被其他程序修改了。

你的编辑和另一处修改涉及不同的行，因此两者都可以保留：下面左侧是磁盘上现在的文件，右侧是“保存合并结果”将写入的合并文本。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="382"/>
        <source>Compare Side by Side</source>
        <translation>并排对比</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="384"/>
        <source>Reload Theirs</source>
        <translation>载入磁盘上的版本</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="385"/>
        <source>Overwrite with Mine</source>
        <translation>用我的版本覆盖</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="386"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="388"/>
        <source>Save Merged</source>
        <translation>保存合并结果</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="401"/>
        <source>Mine (not saved)</source>
        <translation>我的（未保存）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="402"/>
        <location filename="../../editor_app/ui/dialogs.py" line="404"/>
        <source>On disk now (theirs)</source>
        <translation>磁盘上的当前版本（对方）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="405"/>
        <source>Merged: theirs with your edits</source>
        <translation>合并结果：对方的版本加上你的编辑</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/dialogs.py" line="483"/>
        <source>%n line(s) differ.</source>
        <translation>
            <numerusform>%n 行不同。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="486"/>
        <source>The texts are the same; only the file&apos;s date or encoding changed.</source>
        <translation>文本相同，只是文件的修改时间或编码变了。</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <location filename="../../editor_app/ui/git/conflict_view.py" line="43"/>
        <source>Resolve Conflict (%1 of %2)</source>
        <translation>解决冲突（第 %1 个，共 %2 个）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/conflict_view.py" line="49"/>
        <source>“%1” was changed here and on the remote in the same lines. Keep your version, take theirs, or edit the merged text below.</source>
        <translation>“%1”在本机和远程仓库的同一处被改动了。保留你的版本、采用对方的版本，或在下方编辑合并后的文本。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/conflict_view.py" line="66"/>
        <source>(deleted on this side)</source>
        <translation>（这一方已删除）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/conflict_view.py" line="73"/>
        <source>Mine (on this computer)</source>
        <translation>我的（本机）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/conflict_view.py" line="74"/>
        <source>Theirs (on the remote)</source>
        <translation>对方的（远程仓库）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/conflict_view.py" line="75"/>
        <source>Merged text (you can edit it)</source>
        <translation>合并后的文本（可编辑）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/conflict_view.py" line="89"/>
        <source>Keep Mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/conflict_view.py" line="90"/>
        <source>Take Theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/conflict_view.py" line="91"/>
        <source>Use Merged Text</source>
        <translation>使用合并文本</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/conflict_view.py" line="97"/>
        <source>Cancel Pull</source>
        <translation>取消拉取</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/conflict_view.py" line="118"/>
        <source>Remove the conflict markers (&lt;&lt;&lt;&lt;&lt;&lt;&lt;, =======, &gt;&gt;&gt;&gt;&gt;&gt;&gt;) to use the merged text.</source>
        <translation>删除冲突标记（&lt;&lt;&lt;&lt;&lt;&lt;&lt;、=======、&gt;&gt;&gt;&gt;&gt;&gt;&gt;）后才能使用合并文本。</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="core_messages.py" line="7"/>
        <source>“{name}” is not a picture (whatever its name says), so it was not copied.</source>
        <translation>“{name}”不是图片（不论文件名怎么写），因此没有复制。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="10"/>
        <source>Choose a PNG, JPEG, GIF, WebP or SVG picture.</source>
        <translation>请选择 PNG、JPEG、GIF、WebP 或 SVG 图片。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="15"/>
        <source>“{name}” is too large to open safely; nothing was copied.</source>
        <translation>“{name}”太大，无法安全打开；没有复制任何内容。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="17"/>
        <source>“{name}” is empty; nothing was copied.</source>
        <translation>“{name}”是空文件；没有复制任何内容。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="11"/>
        <source>“{name}” is too large to open safely ({width} × {height} pixels); nothing was copied.</source>
        <translation>“{name}”太大（{width} × {height} 像素），无法安全打开；没有复制任何内容。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="16"/>
        <source>Scale the picture down in an image editor, then insert it.</source>
        <translation>请先在图片编辑器中缩小图片，再插入。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="18"/>
        <source>“{name}” is damaged or incomplete (the picture data ends early or is broken), so it was not copied.</source>
        <translation>“{name}”已损坏或不完整（图片数据提前结束或有错），因此没有复制。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="22"/>
        <source>Download or export the picture again, then insert it.</source>
        <translation>请重新下载或导出这张图片，再插入。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="23"/>
        <source>Check the address and your connection, then try again.</source>
        <translation>请检查地址和网络连接，然后重试。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="25"/>
        <source>The picture could not be downloaded: {reason}.</source>
        <translation>图片无法下载：{reason}。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="27"/>
        <source>The picture was removed from the other site; find another copy.</source>
        <translation>这张图片已从对方网站删除；请另找一份。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="31"/>
        <source>The other site does not allow downloads of this picture.</source>
        <translation>对方网站不允许下载这张图片。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="32"/>
        <source>The server refused the connection.</source>
        <translation>服务器拒绝了连接。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="33"/>
        <source>The other site may be down; try again later.</source>
        <translation>对方网站可能暂时无法访问；请稍后再试。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="34"/>
        <source>The server&apos;s name could not be found; the computer may be offline.</source>
        <translation>找不到服务器的名称；这台电脑可能没有联网。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="37"/>
        <source>Check the internet connection, then try again.</source>
        <translation>请检查网络连接，然后重试。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="38"/>
        <source>The server did not answer within {timeout} seconds.</source>
        <translation>服务器在 {timeout} 秒内没有响应。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="39"/>
        <source>The secure connection failed: {reason}.</source>
        <translation>安全连接失败：{reason}。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="40"/>
        <source>Only http and https addresses can be downloaded.</source>
        <translation>只能下载 http 和 https 地址。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="41"/>
        <source>The picture took more than {seconds} seconds to download; nothing was copied.</source>
        <translation>图片下载超过了 {seconds} 秒；没有复制任何内容。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="45"/>
        <source>The other site is very slow; try again later.</source>
        <translation>对方网站响应很慢；请稍后再试。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="46"/>
        <source>“{name}” is {size}, more than the limit of {limit} for one picture; nothing was copied.</source>
        <translation>“{name}”大小为 {size}，超过了单张图片 {limit} 的上限；没有复制任何内容。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="50"/>
        <source>Make the picture smaller, or raise the limit in Image and Link Settings.</source>
        <translation>请把图片缩小，或在“图片和链接设置”中调高上限。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="53"/>
        <source>“{name}” is a folder, not a picture.</source>
        <translation>“{name}”是文件夹，不是图片。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="54"/>
        <source>Change the pattern in Image and Link Settings (for example assets/images/YYYY/MM/).</source>
        <translation>请在“图片和链接设置”中修改路径格式（例如 assets/images/YYYY/MM/）。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="58"/>
        <source>No free file name was found in the assets folder.</source>
        <translation>在资源文件夹中找不到可用的文件名。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="59"/>
        <source>The assets folder pattern is empty.</source>
        <translation>资源文件夹的路径格式为空。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="60"/>
        <source>The assets folder must be a folder inside the site, like assets/images/YYYY/MM/.</source>
        <translation>资源文件夹必须是站点内的文件夹，例如 assets/images/YYYY/MM/。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="64"/>
        <source>The assets folder may not contain “.” or “..”.</source>
        <translation>资源文件夹中不能包含“.”或“..”。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="65"/>
        <source>Jekyll does not publish folders whose names start with “_” or “.” ({folder}), so pictures there would be missing from the site.</source>
        <translation>Jekyll 不会发布名称以“_”或“.”开头的文件夹（{folder}），放在那里的图片在网站上会缺失。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="69"/>
        <source>The assets folder pattern contains characters a file name cannot have.</source>
        <translation>资源文件夹的路径格式中含有文件名不能使用的字符。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="72"/>
        <source>The assets folder leads outside the site (through a link); Frontdesk only writes inside the site.</source>
        <translation>资源文件夹（通过链接）指向站点之外；编辑台只在站点内写入。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="76"/>
        <source>“{name}” is a {format} picture, which web browsers do not show.</source>
        <translation>“{name}”是 {format} 格式的图片，网页浏览器无法显示。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="79"/>
        <source>Convert it to PNG or JPEG first.</source>
        <translation>请先把它转换为 PNG 或 JPEG。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="80"/>
        <source>The assets folder lies outside the site.</source>
        <translation>资源文件夹位于站点之外。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="81"/>
        <source>{folder} is a file, not a folder.</source>
        <translation>{folder} 是文件，不是文件夹。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="82"/>
        <source>“{name}” could not be converted: {reason}; nothing was copied.</source>
        <translation>“{name}”无法转换：{reason}；没有复制任何内容。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="85"/>
        <source>Insert it without scaling or conversion, or convert it in an image editor.</source>
        <translation>请不缩放、不转换直接插入，或在图片编辑器中转换。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="88"/>
        <source>There is nothing to find.</source>
        <translation>没有要查找的内容。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="89"/>
        <source>Type the text to find.</source>
        <translation>请输入要查找的文字。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="90"/>
        <source>The regular expression is not valid: {reason}.</source>
        <translation>正则表达式无效：{reason}。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="91"/>
        <source>Check the brackets and backslashes, or search for plain text.</source>
        <translation>请检查括号和反斜杠，或改为按普通文字查找。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="94"/>
        <source>The replacement is not valid: {reason}.</source>
        <translation>替换内容无效：{reason}。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="95"/>
        <source>Use \1, \2… (or \g&lt;name&gt;) only for groups the search has, and write a backslash as \\.</source>
        <translation>只能用 \1、\2…（或 \g&lt;name&gt;）引用查找中已有的分组；反斜杠本身请写作 \\。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="99"/>
        <source>The file is marked read-only.</source>
        <translation>该文件被标记为只读。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="100"/>
        <source>Make it writable, then try again.</source>
        <translation>请先让它可写，然后重试。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="101"/>
        <source>The front matter cannot be read: {reason}</source>
        <translation>无法读取头信息：{reason}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="102"/>
        <source>The new place is outside the site folder.</source>
        <translation>新位置在站点文件夹之外。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="103"/>
        <source>The post is already there.</source>
        <translation>文章已经在那里了。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="104"/>
        <source>A file named {name} already exists in {parent}.</source>
        <translation>{parent} 中已有名为 {name} 的文件。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="105"/>
        <source>Rename one of them first.</source>
        <translation>请先给其中一个改名。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="106"/>
        <source>It could not be written: {reason}.</source>
        <translation>无法写入：{reason}。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="107"/>
        <source>The folder cannot be read: {reason}.</source>
        <translation>无法读取该文件夹：{reason}。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="108"/>
        <source>It was changed after the batch; it was left as it is.</source>
        <translation>它在批量修改之后又被修改过；保持原样。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="109"/>
        <source>It was deleted or moved after the batch; it was left as it is.</source>
        <translation>它在批量修改之后被删除或移动了；保持原样。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="112"/>
        <source>The changed files could not be saved to the disk: {reason}.</source>
        <translation>修改过的文件无法保存到磁盘：{reason}。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="115"/>
        <source>Check the disk. The change stays logged; finish or undo it when the disk works again (frontdesk undo --finish, or reopen the site).</source>
        <translation>请检查磁盘。这次更改已记录在日志中；磁盘恢复后可以完成或撤销它（frontdesk undo --finish，或重新打开站点）。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="119"/>
        <source>It changed on disk after the preview.</source>
        <translation>它在预览之后在磁盘上被修改了。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="120"/>
        <source>Edit the front matter in the raw view instead.</source>
        <translation>请改在“原始头信息”页中编辑头信息。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="121"/>
        <source>The front matter has no title line to quote.</source>
        <translation>头信息中没有可加引号的标题行。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="122"/>
        <source>filling the date</source>
        <translation>填写日期</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="123"/>
        <source>replacing the tabs</source>
        <translation>替换制表符</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="124"/>
        <source>removing the other entries</source>
        <translation>删除其他条目</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="125"/>
        <source>reading the kept entry</source>
        <translation>读取保留的条目</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="126"/>
        <source>This post has no YAML front matter to fix.</source>
        <translation>这篇文章没有可修复的 YAML 头信息。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="127"/>
        <source>This post cannot be changed.</source>
        <translation>这篇文章无法修改。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="128"/>
        <source>The front matter is valid; the title needs no quotes.</source>
        <translation>头信息有效；标题不需要加引号。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="129"/>
        <source>quoting the title</source>
        <translation>给标题加引号</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="130"/>
        <source>The file name does not start with a date.</source>
        <translation>文件名不是以日期开头。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="131"/>
        <source>The front matter has no date line to fill.</source>
        <translation>头信息中没有可填写的日期行。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="132"/>
        <source>No line is indented with a tab.</source>
        <translation>没有用制表符缩进的行。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="133"/>
        <source>The post has no readable date.</source>
        <translation>这篇文章没有可读取的日期。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="134"/>
        <source>The date needs no offset.</source>
        <translation>这个日期不需要时区偏移。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="135"/>
        <source>“{key}” appears only once.</source>
        <translation>“{key}”只出现了一次。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="136"/>
        <source>“{key}” does not start on line {keep_line}.</source>
        <translation>“{key}”不是从第 {keep_line} 行开始。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="137"/>
        <source>The kept “{key}” would not read back the same.</source>
        <translation>保留的“{key}”读回来会不一样。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="138"/>
        <source>After {what} the front matter is still not valid YAML (line {line}): {reason}</source>
        <translation>{what}之后，头信息仍然不是有效的 YAML（第 {line} 行）：{reason}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="142"/>
        <source>Fix the remaining problem in the raw view.</source>
        <translation>请在“原始头信息”页中修正剩下的问题。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="143"/>
        <source>The title would not read back as written.</source>
        <translation>标题读回来会与所写的不一致。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="144"/>
        <source>The post has no file.</source>
        <translation>这篇文章没有对应的文件。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="145"/>
        <source>The file name already matches the date.</source>
        <translation>文件名已经与日期一致。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="146"/>
        <source>The file is UTF-8 already.</source>
        <translation>文件已经是 UTF-8 编码。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="147"/>
        <source>`{key}` has a comment inside its value, which Frontdesk would lose by writing the value again.</source>
        <translation>`{key}` 的值中有注释，重写该值会丢失这条注释。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="151"/>
        <source>Edit this value in the raw front matter view.</source>
        <translation>请在“原始头信息”页中编辑这个值。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="152"/>
        <source>`{key}`: a value of type {kind} cannot be written as front matter.</source>
        <translation>`{key}`：{kind} 类型的值无法写入头信息。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="155"/>
        <source>The front matter is written as one `{...}` block, which Frontdesk cannot change line by line.</source>
        <translation>头信息写成了一整个 `{...}` 块，编辑台无法逐行修改。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="159"/>
        <source>The key `{key}` appears more than once (lines {lines}); Frontdesk will not guess which one you mean.</source>
        <translation>键 `{key}` 出现了不止一次（第 {lines} 行）；编辑台不会猜测你指的是哪一个。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="163"/>
        <source>Delete the extra lines in the raw front matter view, then edit again.</source>
        <translation>请在“原始头信息”页中删除多余的行，然后再编辑。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="166"/>
        <source>`{key}` is written as a complex key (`? `).</source>
        <translation>`{key}` 写成了复杂键（`? `）。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="167"/>
        <source>The front matter would no longer be a mapping.</source>
        <translation>头信息将不再是键值映射。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="168"/>
        <source>The front matter merges values with `&lt;&lt;:`, which Frontdesk cannot change safely.</source>
        <translation>头信息用 `&lt;&lt;:` 合并了值，编辑台无法安全地修改。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="172"/>
        <source>Edit this front matter as raw text.</source>
        <translation>请以原始文本方式编辑这段头信息。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="173"/>
        <source>`{key}` uses YAML anchors or aliases (&amp; or *), which Frontdesk cannot change safely.</source>
        <translation>`{key}` 使用了 YAML 锚点或别名（&amp; 或 *），编辑台无法安全地修改。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="177"/>
        <source>{key} cannot be used as a front matter key.</source>
        <translation>{key} 不能用作头信息的键。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="178"/>
        <source>After changing `{first}` the front matter would no longer be valid YAML; nothing was changed.</source>
        <translation>修改 `{first}` 之后，头信息将不再是有效的 YAML；没有做任何更改。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="182"/>
        <source>The value of `{key}` would not be read back as intended; nothing was changed.</source>
        <translation>`{key}` 的值读回来会与预期不符；没有做任何更改。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="186"/>
        <source>`{key}` would be missing after the change.</source>
        <translation>修改之后 `{key}` 将会缺失。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="187"/>
        <source>The new value of `{key}` cannot be written so that it reads back the same; nothing was changed.</source>
        <translation>`{key}` 的新值无法写成读回来完全相同的形式；没有做任何更改。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="191"/>
        <source>The front matter must be a list of `key: value` lines.</source>
        <translation>头信息必须是一行行 `键: 值` 的形式。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="192"/>
        <source>The front matter must be a list of `key: value` lines, but it is a single {kind} value.</source>
        <translation>头信息必须是一行行 `键: 值` 的形式，但它是单个 {kind} 值。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="196"/>
        <source>Start each line with a name followed by a colon, e.g. `title: My post`.</source>
        <translation>每行以名称加冒号开头，例如 `title: 我的文章`。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="199"/>
        <source>This is not a text file (it contains binary data).</source>
        <translation>这不是文本文件（包含二进制数据）。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="200"/>
        <source>Only Markdown and HTML posts can be opened; move the file out of the posts folder.</source>
        <translation>只能打开 Markdown 和 HTML 文章；请把该文件移出文章文件夹。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="245"/>
        <source>TOML (+++) front matter is shown but cannot be edited yet.</source>
        <translation>TOML（+++）头信息可以显示，但暂时无法编辑。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="246"/>
        <source>JSON front matter is shown but cannot be edited yet.</source>
        <translation>JSON 头信息可以显示，但暂时无法编辑。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="204"/>
        <source>The front matter starts on line {line} instead of line 1, so Jekyll ignores it.</source>
        <translation>头信息从第 {line} 行而不是第 1 行开始，因此 Jekyll 会忽略它。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="208"/>
        <source>Delete the empty lines before the first `---`.</source>
        <translation>请删除第一个 `---` 之前的空行。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="244"/>
        <source>The file is marked read-only on disk.</source>
        <translation>该文件在磁盘上被标记为只读。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="213"/>
        <source>The front matter starts with `---` on line 1 but is never closed.</source>
        <translation>头信息在第 1 行以 `---` 开始，但没有结束。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="24"/>
        <source>The server answered {status}.</source>
        <translation>服务器返回了 {status}。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="26"/>
        <source>The server has no picture at this address ({status}).</source>
        <translation>服务器上这个地址没有图片（{status}）。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="30"/>
        <source>The server refused to give the picture ({status}).</source>
        <translation>服务器拒绝提供这张图片（{status}）。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="209"/>
        <source>The file is not UTF-8 (it looks like {encoding}); Frontdesk only changes UTF-8 files. Convert it to UTF-8 in a text editor to edit it here.</source>
        <translation>该文件不是 UTF-8 编码（看起来是 {encoding}）；编辑台只修改 UTF-8 文件。请在文本编辑器中把它转换为 UTF-8，再在这里编辑。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="216"/>
        <source>Add a line with only `---` after the last front matter line.</source>
        <translation>请在最后一行头信息之后加一行，只写 `---`。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="219"/>
        <source>The TOML front matter starts with `+++` but is never closed.</source>
        <translation>TOML 头信息以 `+++` 开始，但没有结束。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="222"/>
        <source>Add a line with only `+++` after the last front matter line.</source>
        <translation>请在最后一行头信息之后加一行，只写 `+++`。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="225"/>
        <source>{format} front matter cannot be edited yet.</source>
        <translation>{format} 头信息暂时无法编辑。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="226"/>
        <source>The file is not UTF-8.</source>
        <translation>该文件不是 UTF-8 编码。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="227"/>
        <source>The body would not be read back exactly as written; nothing was saved.</source>
        <translation>正文读回来会与所写的不完全一致；没有保存。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="230"/>
        <source>The value of `{key}` would not be read back as intended; nothing was saved.</source>
        <translation>`{key}` 的值读回来会与预期不符；没有保存。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="234"/>
        <source>This post has no file to save to.</source>
        <translation>这篇文章没有可保存的文件。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="235"/>
        <source>The file is marked read-only on disk; nothing was saved.</source>
        <translation>该文件在磁盘上被标记为只读；没有保存。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="236"/>
        <source>Make the file writable, then save again.</source>
        <translation>请让文件可写，然后重新保存。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="237"/>
        <source>The new text does not read: {reason}</source>
        <translation>新文本无法读取：{reason}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="238"/>
        <source>The front matter has no opening `---` line, so Jekyll ignores it.</source>
        <translation>头信息缺少开头的 `---` 行，因此 Jekyll 会忽略它。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="241"/>
        <source>Add a line with only `---` at the very top of the file.</source>
        <translation>请在文件最顶部加一行，只写 `---`。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="242"/>
        <source>The TOML front matter is not valid: {reason}</source>
        <translation>TOML 头信息无效：{reason}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="243"/>
        <source>Fix the TOML in a text editor.</source>
        <translation>请在文本编辑器中修正 TOML。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="247"/>
        <source>The front matter cannot be read.</source>
        <translation>无法读取头信息。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="248"/>
        <source>A value of type {kind} cannot be written as YAML.</source>
        <translation>{kind} 类型的值无法写成 YAML。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="249"/>
        <source>The value</source>
        <translation>这个值</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="250"/>
        <source>published is true or false, not “{text}”.</source>
        <translation>published 只能是 true 或 false，不能是“{text}”。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="251"/>
        <source>Write published=true or published=false.</source>
        <translation>请写 published=true 或 published=false。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="252"/>
        <source>{text} is not a list of terms.</source>
        <translation>{text} 不是一组分类或标签。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="253"/>
        <source>Write the list like [经济, &quot;two words&quot;].</source>
        <translation>列表请写成 [经济, &quot;two words&quot;] 这样。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="254"/>
        <source>{reason}. Lists are written [a, b]; text with `: ` or `#` needs quotes.</source>
        <translation>{reason}。列表写成 [a, b]；含有 `: ` 或 `#` 的文字需要加引号。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="257"/>
        <source>“{text}” is not a date Jekyll can read.</source>
        <translation>“{text}”不是 Jekyll 能读取的日期。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="258"/>
        <source>Write it like 2024-05-01 12:00:00 +0800 (or 2024-05-01).</source>
        <translation>请写成 2024-05-01 12:00:00 +0800（或 2024-05-01）这样。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="259"/>
        <source>{text}… is nested too deeply.</source>
        <translation>{text}… 嵌套得太深。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="260"/>
        <source>{reason} Quote the value if it is meant as text.</source>
        <translation>{reason} 如果这个值是文字，请给它加上引号。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="261"/>
        <source>The front matter</source>
        <translation>头信息</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="262"/>
        <source>Write the values out instead of repeating them with &amp; and *.</source>
        <translation>请把值逐一写出来，不要用 &amp; 和 * 重复引用。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="265"/>
        <source>Flatten the value: front matter needs only a few levels of nesting.</source>
        <translation>请把这个值展平：头信息只需要几层嵌套。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="268"/>
        <source>{what} is not valid YAML: {summary} [{raw}]</source>
        <translation>{what}不是有效的 YAML：{summary}［{raw}］</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="269"/>
        <source>{what} is not valid YAML: {raw}</source>
        <translation>{what}不是有效的 YAML：{raw}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="270"/>
        <source>{what} nests lists or maps more than {depth} levels deep, which Frontdesk does not read.</source>
        <translation>{what}中的列表或映射嵌套超过 {depth} 层，编辑台不读取这样的内容。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="274"/>
        <source>The front matter nests lists or maps more than {depth} levels deep.</source>
        <translation>头信息中的列表或映射嵌套超过 {depth} 层。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="277"/>
        <source>{what} nests lists or maps too deeply.</source>
        <translation>{what}中的列表或映射嵌套太深。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="278"/>
        <source>The value of “{key}” repeats other values through YAML aliases (*name) so often that it expands to more than {limit} values, a pattern used to exhaust memory. Frontdesk does not expand it.</source>
        <translation>“{key}”的值通过 YAML 别名（*name）反复引用其他值，展开后会超过 {limit} 个值，这是一种耗尽内存的手法。编辑台不会展开它。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="282"/>
        <source>The value of “{key}” contains itself through a YAML alias (*name), so it never ends.</source>
        <translation>“{key}”的值通过 YAML 别名（*name）包含了自身，因此永远无法展开完。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="286"/>
        <source>Check that the file exists, is a text file and that you may read it.</source>
        <translation>请确认文件存在、是文本文件，并且你有权读取它。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="289"/>
        <source>Fix the front matter in the raw view; the line and column point at the problem.</source>
        <translation>请在“原始头信息”页中修正头信息；行号和列号指出了问题所在。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="293"/>
        <source>Edit this file in a text editor instead.</source>
        <translation>请改用文本编辑器编辑这个文件。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="294"/>
        <source>Nothing was written. Please report this, with the post, as a bug.</source>
        <translation>没有写入任何内容。请把这个问题连同这篇文章作为程序错误报告给我们。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="297"/>
        <source>Nothing was changed. Fix the cause, then save again.</source>
        <translation>没有做任何更改。请排除原因后重新保存。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="298"/>
        <source>Reload the post to see the other change, or overwrite it on purpose.</source>
        <translation>请重新载入文章查看另一处修改，或用你的版本覆盖它。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="301"/>
        <source>Use text, a number, true/false, a date, or a list of these.</source>
        <translation>请使用文字、数字、true/false、日期，或由它们组成的列表。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="304"/>
        <source>Choose the folder that holds _config.yml or _posts/.</source>
        <translation>请选择包含 _config.yml 或 _posts/ 的文件夹。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="306"/>
        <source>Write what you changed.</source>
        <translation>请写下你改了什么。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="315"/>
        <source>Your files are unchanged; commit again.</source>
        <translation>你的文件没有改动，请再提交一次。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="319"/>
        <source>Set them in Preferences → Git (or with git config --global user.name / user.email).</source>
        <translation>请在“偏好设置 → Git”中设置（或用 git config --global user.name / user.email）。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="327"/>
        <source>Nothing was changed. Rename the file or the folder (or use git), then try again.</source>
        <translation>没有任何改动。请重命名该文件或文件夹（或使用 git），然后再试。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="331"/>
        <source>Nothing was changed.</source>
        <translation>没有做任何更改。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="332"/>
        <source>Another git program is working in this repository: it holds {lock}.</source>
        <translation>另一个 git 程序正在这个仓库中工作：它持有 {lock}。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="335"/>
        <source>Nothing was changed. Wait for it to finish, then try again (if no git program is running, delete that file).</source>
        <translation>没有任何改动。请等它完成后再试（如果没有 git 程序在运行，请删除那个文件）。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="344"/>
        <source>Nothing was changed. Commit those edits (or revert them), then pull again.</source>
        <translation>没有任何改动。请提交（或撤回）这些编辑，然后再拉取。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="350"/>
        <source>Nothing was changed. Pull again.</source>
        <translation>没有任何改动。请再拉取一次。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="354"/>
        <source>Nothing was changed. Resolve the conflicts in Frontdesk, then pull again.</source>
        <translation>没有任何改动。请在编辑台中解决冲突，然后再拉取。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="360"/>
        <source>The files were updated; pull again to finish.</source>
        <translation>文件已更新；请再拉取一次以完成。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="361"/>
        <source>The remote branch {upstream} shares no history with {branch}: it was rewritten and pushed over the old one, or the two were started separately.</source>
        <translation>远程分支 {upstream} 与 {branch} 没有共同的历史：它被改写后覆盖推送了原来的历史，或者两者是分别创建的。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="373"/>
        <source>Nothing was changed. Pull with git.</source>
        <translation>没有任何改动。请用 git 拉取。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="378"/>
        <source>Nothing was changed. Pull with git, choosing the submodule&apos;s commit.</source>
        <translation>没有任何改动。请用 git 拉取，并选定子模块的提交。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="382"/>
        <source>Nothing was changed. Fix that file (or its folder), then pull again.</source>
        <translation>没有任何改动。请修复该文件（或其文件夹），然后再拉取。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="388"/>
        <source>Nothing was changed. Rename the file or the folder, commit, and pull again.</source>
        <translation>没有任何改动。请重命名该文件或文件夹，提交，然后再拉取。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="392"/>
        <source>pull</source>
        <translation>拉取</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="393"/>
        <source>commit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="394"/>
        <source>a rebase</source>
        <translation>变基</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="395"/>
        <source>a merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="396"/>
        <source>a cherry-pick</source>
        <translation>拣选（cherry-pick）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="397"/>
        <source>a revert</source>
        <translation>还原（revert）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="402"/>
        <source>Use git in a terminal for this folder, or open the main checkout instead.</source>
        <translation>请在终端中对这个文件夹使用 git，或改为打开主检出目录。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="409"/>
        <source>Finish or abort it with that tool (or git), then try again. Nothing was changed.</source>
        <translation>请用那个工具（或 git）完成或中止它，然后再试。没有任何改动。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="417"/>
        <source>Switch to a branch (for example with git switch main), then try again.</source>
        <translation>请先切换到一个分支（例如 git switch main），然后再试。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="423"/>
        <source>Run git fetch --unshallow once in this folder, then pull again.</source>
        <translation>请在这个文件夹中运行一次 git fetch --unshallow，然后再拉取。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="432"/>
        <source>Correct it in Preferences → Git (or in your git config), then commit again. Nothing was changed.</source>
        <translation>请在“偏好设置 → Git”（或你的 git 配置）中改正，然后再提交。没有任何改动。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="437"/>
        <source>Open the site again, or run git init in its folder.</source>
        <translation>请重新打开站点，或在它的文件夹中运行 git init。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="442"/>
        <source>Nothing was changed. Resolve them in Frontdesk&apos;s conflict view (Sync), or with git.</source>
        <translation>没有任何改动。请在编辑台的冲突视图（同步）中或用 git 解决它们。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="450"/>
        <source>Your commits are safe on this computer. Sync again in a moment.</source>
        <translation>你的提交安全地保存在这台电脑上。请稍后再同步。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="460"/>
        <source>Your posts are safe; keep working and sync again when you are back online.</source>
        <translation>你的文章是安全的；可以继续工作，恢复联网后再同步。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="464"/>
        <source>Check the remote&apos;s address (git remote -v) and that the repository still exists.</source>
        <translation>请检查远程仓库地址（git remote -v），并确认该仓库仍然存在。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="469"/>
        <source>Add one with git remote add origin URL, then sync again. Your commits stay local until then.</source>
        <translation>请用 git remote add origin URL 添加一个，然后再同步。在此之前你的提交只保存在本机。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="474"/>
        <source>Add your key to the SSH agent (ssh-add) and to your account on the server, and connect once with ssh to accept the server&apos;s host key.</source>
        <translation>请把你的密钥添加到 SSH agent（ssh-add）和你在服务器上的账户中，并用 ssh 连接一次以接受服务器的主机密钥。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="481"/>
        <source>Check the remote&apos;s URL (git remote -v).</source>
        <translation>请检查远程仓库的 URL（git remote -v）。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="485"/>
        <source>Check the user name, and use a personal access token (not your password) that may read and write this repository.</source>
        <translation>请检查用户名，并使用可以读写这个仓库的个人访问令牌（不是你的密码）。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="491"/>
        <source>Check the computer&apos;s date and the server&apos;s certificate.</source>
        <translation>请检查电脑的日期和服务器的证书。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="492"/>
        <source>The server refused the push: {reason}</source>
        <translation>服务器拒绝了推送：{reason}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="493"/>
        <source>Your commits are safe on this computer. Ask whoever runs the repository (a protected branch or a server rule may refuse it).</source>
        <translation>你的提交安全地保存在这台电脑上。请询问仓库的管理者（受保护的分支或服务器规则可能拒绝推送）。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="499"/>
        <source>Open the site again to use its index.</source>
        <translation>请重新打开站点以使用它的索引。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="500"/>
        <source>The index of this site was closed.</source>
        <translation>这个站点的索引已经关闭。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="501"/>
        <source>The post&apos;s front matter cannot be read.</source>
        <translation>无法读取这篇文章的头信息。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="502"/>
        <source>Decap CMS&apos;s config is not a list of settings.</source>
        <translation>Decap CMS 的配置不是一组设置。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="503"/>
        <source>Decap CMS&apos;s config has no collections.</source>
        <translation>Decap CMS 的配置中没有 collections。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="504"/>
        <source>Add a collections list, as Decap CMS&apos;s documentation describes.</source>
        <translation>请按 Decap CMS 文档的说明添加 collections 列表。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="507"/>
        <source>frontmatter.json is not a JSON object of settings.</source>
        <translation>frontmatter.json 不是由设置组成的 JSON 对象。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="508"/>
        <source>frontmatter.json has no content types (frontMatter.taxonomy.contentTypes).</source>
        <translation>frontmatter.json 中没有内容类型（frontMatter.taxonomy.contentTypes）。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="511"/>
        <source>Add content types, as Front Matter CMS&apos;s documentation describes.</source>
        <translation>请按 Front Matter CMS 文档的说明添加内容类型。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="514"/>
        <source>Fix the file in a text editor; until then its fields are not used.</source>
        <translation>请在文本编辑器中修正这个文件；在此之前不会使用其中的字段。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="517"/>
        <source>The file is not valid JSON: {reason}.</source>
        <translation>该文件不是有效的 JSON：{reason}。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="518"/>
        <source>Only a Jekyll site has archive folders: every folder here is read already.</source>
        <translation>只有 Jekyll 站点才有归档文件夹：这里的每个文件夹都已经被读取。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="521"/>
        <source>Choose a folder inside the site.</source>
        <translation>请选择站点里的文件夹。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="522"/>
        <source>The folder leads outside the site (through a link).</source>
        <translation>该文件夹（通过链接）指向站点之外。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="523"/>
        <source>Jekyll reads this folder already, or it is not meant to hold posts.</source>
        <translation>Jekyll 已经在读取这个文件夹，或者它不是用来存放文章的。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="526"/>
        <source>This folder is a collection already.</source>
        <translation>这个文件夹已经是一个集合。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="527"/>
        <source>The folder has _posts or _drafts inside, whose posts Jekyll reads already.</source>
        <translation>该文件夹中有 _posts 或 _drafts，Jekyll 已经在读取其中的文章。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="530"/>
        <source>Frontdesk&apos;s data folder cannot be created: {reason}.</source>
        <translation>无法创建编辑台的数据文件夹：{reason}。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="531"/>
        <source>Check that your user folder has room and may be written.</source>
        <translation>请确认你的用户文件夹有剩余空间并且可以写入。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="532"/>
        <source>The folder is an archive already (or inside one).</source>
        <translation>该文件夹已经是归档文件夹（或位于归档文件夹内）。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="533"/>
        <source>The folder holds an archive folder; remove that one first.</source>
        <translation>该文件夹中含有归档文件夹；请先移除那个归档文件夹。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="534"/>
        <source>Fix _config.yml; until then Frontdesk uses Jekyll&apos;s built-in settings.</source>
        <translation>请修正 _config.yml；在此之前编辑台使用 Jekyll 的内置设置。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="537"/>
        <source>{name} is a folder, so Jekyll reads no settings from it (and neither does Frontdesk): the site builds with Jekyll&apos;s built-in settings.</source>
        <translation>{name} 是一个文件夹，因此 Jekyll 不会从中读取设置（编辑台也不会）：站点将使用 Jekyll 的内置设置构建。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="541"/>
        <source>Rename or remove that folder and keep the settings in a file of its name.</source>
        <translation>请重命名或删除那个文件夹，把设置放在同名的文件中。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="544"/>
        <source>{name} should be a list of settings (key: value), not a single value.</source>
        <translation>{name} 应当是一组设置（键: 值），而不是单个值。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="547"/>
        <source>Cannot read {name}: {reason}</source>
        <translation>无法读取 {name}：{reason}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="548"/>
        <source>{name} is not saved as UTF-8.</source>
        <translation>{name} 没有以 UTF-8 编码保存。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="549"/>
        <source>Re-save _config.yml as UTF-8.</source>
        <translation>请把 _config.yml 另存为 UTF-8 编码。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="550"/>
        <source>{name} cannot be read: {reason}</source>
        <translation>无法读取 {name}：{reason}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="551"/>
        <source>No free file name was found.</source>
        <translation>找不到可用的文件名。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="552"/>
        <source>Tidy up the folder and try again.</source>
        <translation>请整理一下该文件夹，然后重试。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="553"/>
        <source>{name} is outside the site folder (it may be a link to another folder).</source>
        <translation>{name} 在站点文件夹之外（它可能是指向其他文件夹的链接）。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="556"/>
        <source>Frontdesk only changes files inside the site you opened.</source>
        <translation>编辑台只修改你打开的站点中的文件。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="557"/>
        <source>Posts cannot have the extension {ext}.</source>
        <translation>文章不能使用扩展名 {ext}。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="558"/>
        <source>Use .md or .html.</source>
        <translation>请使用 .md 或 .html。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="559"/>
        <source>Choose another name.</source>
        <translation>请换一个名称。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="560"/>
        <source>Posts cannot have the extension {suffix}.</source>
        <translation>文章不能使用扩展名 {suffix}。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="561"/>
        <source>A file named {name} already exists.</source>
        <translation>已有名为 {name} 的文件。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="562"/>
        <source>The new name must end with a post extension such as {suffix}.</source>
        <translation>新名称必须以文章扩展名结尾，例如 {suffix}。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="565"/>
        <source>Keep the extension, for example .md or .html.</source>
        <translation>请保留扩展名，例如 .md 或 .html。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="566"/>
        <source>The post no longer exists.</source>
        <translation>这篇文章已经不存在了。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="567"/>
        <source>Reload the list.</source>
        <translation>请重新载入列表。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="568"/>
        <source>A file named {new_name} already exists.</source>
        <translation>已有名为 {new_name} 的文件。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="569"/>
        <source>Another post is named like {new_name} (only its letter case or extension differs), which would be the same file on Windows and macOS or the same address.</source>
        <translation>另一篇文章的名称与 {new_name} 只差大小写或扩展名，在 Windows 和 macOS 上会是同一个文件，或是同一个网址。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="573"/>
        <source>A post&apos;s name must end with a post extension such as .md or .html.</source>
        <translation>文章名称必须以文章扩展名结尾，例如 .md 或 .html。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="576"/>
        <source>Add the extension, for example .md.</source>
        <translation>请加上扩展名，例如 .md。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="577"/>
        <source>The folder does not exist.</source>
        <translation>该文件夹不存在。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="578"/>
        <source>Choose a folder.</source>
        <translation>请选择一个文件夹。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="579"/>
        <source>This post is a link to another file, so it is not moved.</source>
        <translation>这篇文章是指向另一个文件的链接，因此不会移动。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="580"/>
        <source>Move the file the link points to instead.</source>
        <translation>请改为移动链接所指向的文件。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="583"/>
        <source>Choose another post.</source>
        <translation>请选择另一篇文章。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="584"/>
        <source>This post cannot be moved: {reason}</source>
        <translation>这篇文章无法移动：{reason}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="585"/>
        <source>Fix the file first.</source>
        <translation>请先修正这个文件。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="586"/>
        <source>Tidy up the folder and retry.</source>
        <translation>请整理一下该文件夹，然后重试。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="587"/>
        <source>The folder {folder} cannot be created: {reason}.</source>
        <translation>无法创建文件夹 {folder}：{reason}。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="588"/>
        <source>Check that you may write to the site folder.</source>
        <translation>请确认你有权写入站点文件夹。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="589"/>
        <source>The post could not be renamed: {reason}.</source>
        <translation>文章无法重命名：{reason}。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="590"/>
        <source>Close other programs using the file and check its folder&apos;s permissions.</source>
        <translation>请关闭正在使用该文件的其他程序，并检查其所在文件夹的权限。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="593"/>
        <source>The post could not be read: {reason}</source>
        <translation>无法读取文章：{reason}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="594"/>
        <source>This draft has no date of its own.</source>
        <translation>这篇草稿没有自己的日期。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="595"/>
        <source>Publish it with today&apos;s date, or give it a date first.</source>
        <translation>请用今天的日期发布它，或先给它设一个日期。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="596"/>
        <source>The post could not be moved: {reason}; nothing was changed.</source>
        <translation>文章无法移动：{reason}；没有做任何更改。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="599"/>
        <source>The post could not be moved to the trash: {reason}.</source>
        <translation>文章无法移到回收站：{reason}。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="600"/>
        <source>Check the folder&apos;s permissions; Frontdesk never deletes posts permanently.</source>
        <translation>请检查该文件夹的权限；编辑台从不永久删除文章。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="603"/>
        <source>The file {name} cannot be created: {reason}.</source>
        <translation>无法创建文件 {name}：{reason}。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="604"/>
        <source>This is a file, not a folder.</source>
        <translation>这是一个文件，不是文件夹。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="605"/>
        <source>Open the site folder (the one with _config.yml or _posts/).</source>
        <translation>请打开站点文件夹（包含 _config.yml 或 _posts/ 的那个）。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="608"/>
        <source>The folder cannot be opened: {reason}.</source>
        <translation>无法打开该文件夹：{reason}。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="609"/>
        <source>Check that you may read this folder.</source>
        <translation>请确认你有权读取这个文件夹。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="610"/>
        <source>collections_dir leads outside the site folder (through a link), so Frontdesk reads no posts from it.</source>
        <translation>collections_dir（通过链接）指向站点文件夹之外，因此编辑台不会从中读取文章。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="614"/>
        <source>Point collections_dir at a folder inside the site.</source>
        <translation>请让 collections_dir 指向站点内的文件夹。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="615"/>
        <source>Choose another folder.</source>
        <translation>请选择另一个文件夹。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="616"/>
        <source>The time zone {zone} is not known.</source>
        <translation>未知的时区 {zone}。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="617"/>
        <source>Use a name like Asia/Shanghai or Europe/Berlin.</source>
        <translation>请使用 Asia/Shanghai 或 Europe/Berlin 这样的名称。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="618"/>
        <source>The name is empty.</source>
        <translation>名称为空。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="619"/>
        <source>A file name cannot contain / or \ (it would point into another folder).</source>
        <translation>文件名不能包含 / 或 \（那样会指向另一个文件夹）。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="622"/>
        <source>A file name cannot contain these characters on Windows: {chars}</source>
        <translation>在 Windows 上文件名不能包含这些字符：{chars}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="625"/>
        <source>A file name cannot contain invisible characters (direction marks, zero-width or blank filler characters), which make one name look like another: {chars}</source>
        <translation>文件名不能包含不可见字符（方向标记、零宽字符或空白填充字符），它们会让一个名称看起来像另一个：{chars}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="629"/>
        <source>A file name cannot end with a dot or a space on Windows.</source>
        <translation>在 Windows 上文件名不能以点或空格结尾。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="630"/>
        <source>A file name should not start with a space.</source>
        <translation>文件名不应以空格开头。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="631"/>
        <source>Windows reserves the name {name} for a device.</source>
        <translation>Windows 把名称 {name} 保留给设备使用。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="632"/>
        <source>The name is too long.</source>
        <translation>名称太长。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="633"/>
        <source>The template {name} cannot be used: {reason}</source>
        <translation>模板 {name} 无法使用：{reason}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="652"/>
        <source>its front matter is not YAML.</source>
        <translation>它的头信息不是 YAML。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="634"/>
        <source>Templates are UTF-8 files with YAML front matter between --- lines.</source>
        <translation>模板是 UTF-8 文件，YAML 头信息写在两行 --- 之间。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="637"/>
        <source>The template {name} has a mistake in its front matter: {detail}</source>
        <translation>模板 {name} 的头信息有错误：{detail}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="653"/>
        <source>it cannot be read.</source>
        <translation>无法读取。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="640"/>
        <source>Fix the template in a text editor.</source>
        <translation>请在文本编辑器中修正这个模板。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="305"/>
        <source>A commit needs a message.</source>
        <translation>提交需要一条说明。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="307"/>
        <source>There is nothing to commit: the chosen files are the same as in the last commit.</source>
        <translation>没有可提交的内容：所选文件与上一次提交中的相同。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="311"/>
        <source>The branch moved while Frontdesk was committing (another git tool committed).</source>
        <translation>编辑台提交期间分支发生了变化（另一个 git 工具做了提交）。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="316"/>
        <source>Frontdesk does not know your name and email for the commit.</source>
        <translation>编辑台不知道提交要用的你的姓名和电子邮件地址。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="323"/>
        <source>These files cannot all be kept: a file and a folder would have the same name, or a file would be inside a submodule&apos;s folder.</source>
        <translation>这些文件无法全部保留：一个文件会与一个文件夹同名，或一个文件会位于子模块的文件夹中。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="339"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="340"/>
        <source>{path} has edits you have not committed, and the pull must merge your committed version of it with the remote&apos;s.</source>
        <translation>{path} 有尚未提交的编辑，而这次拉取需要把你已提交的版本与远程仓库的版本合并。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="347"/>
        <source>The branch moved while Frontdesk was pulling (another git tool committed).</source>
        <translation>编辑台拉取期间分支发生了变化（另一个 git 工具做了提交）。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="351"/>
        <source>{count} file(s) changed on both sides and need you to choose.</source>
        <translation>{count} 个文件在两边都有改动，需要你来选择。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="357"/>
        <source>{count} file(s) changed on disk while Frontdesk was pulling.</source>
        <translation>编辑台拉取期间有 {count} 个文件在磁盘上被修改。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="365"/>
        <source>Nothing was changed, and your commits stay here. If the remote was rewritten, ask whoever did it; to join two separate starts, merge them once with git (git pull --allow-unrelated-histories).</source>
        <translation>没有任何改动，你的提交仍保存在这里。如果远程仓库被改写过，请询问改写它的人；要把分别创建的两者合在一起，请用 git 合并一次（git pull --allow-unrelated-histories）。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="369"/>
        <source>{path} is a submodule on one side and a file on the other; Frontdesk does not swap them.</source>
        <translation>{path} 在一边是子模块，在另一边是文件；编辑台不会互换它们。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="374"/>
        <source>{path} is a submodule that was set to another commit both here and on the remote; Frontdesk does not merge submodules.</source>
        <translation>{path} 是一个子模块，本机和远程仓库都把它指向了另一个提交；编辑台不合并子模块。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="381"/>
        <source>{path} could not be written: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="385"/>
        <source>{folder} is a file on one side and a folder on the other ({path}).</source>
        <translation>{folder} 在一边是文件，在另一边是文件夹（{path}）。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="398"/>
        <source>This site is a linked git worktree (its .git is a file), so Frontdesk does not {action} here.</source>
        <translation>这个站点是链接的 git 工作树（它的 .git 是一个文件），所以编辑台不在这里{action}。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="405"/>
        <source>Another git tool left {what} unfinished in this repository, so Frontdesk does not {action} now.</source>
        <translation>另一个 git 工具在这个仓库中留下了未完成的{what}，所以编辑台现在不{action}。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="413"/>
        <source>The repository is not on a branch (a detached HEAD), so Frontdesk does not {action} now.</source>
        <translation>仓库不在任何分支上（分离的 HEAD），所以编辑台现在不{action}。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="420"/>
        <source>This is a shallow clone: the history a merge needs is missing.</source>
        <translation>这是一个浅克隆：缺少合并所需的历史。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="426"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="427"/>
        <source>email address</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="428"/>
        <source>The author {what} “{text}” contains a line break, &lt; or &gt;, which a commit cannot hold.</source>
        <translation>作者{what}“{text}”含有换行符、&lt; 或 &gt;，提交中不能包含这些字符。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="436"/>
        <source>This folder is no longer a git repository.</source>
        <translation>这个文件夹已不再是 git 仓库。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="438"/>
        <source>The repository&apos;s status cannot be read: {reason}</source>
        <translation>无法读取仓库状态：{reason}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="439"/>
        <source>{count} file(s) changed both here and on the remote in the same lines.</source>
        <translation>{count} 个文件在本机和远程仓库的同一处都被改动了。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="446"/>
        <source>The remote kept changing: Frontdesk pulled and tried to push {count} times, and each time someone else had pushed first.</source>
        <translation>远程仓库一直在变化：编辑台拉取并尝试推送了 {count} 次，每次都有别人抢先推送。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="453"/>
        <source>git is not installed.</source>
        <translation>没有安装 git。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="454"/>
        <source>git {command} failed: {reason}</source>
        <translation>git {command} 失败：{reason}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="455"/>
        <source>git could not be started: {reason}</source>
        <translation>无法启动 git：{reason}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="456"/>
        <source>The server at {where} reported: {text}</source>
        <translation>{where} 的服务器报告：{text}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="457"/>
        <source>Cannot reach {where}: you seem to be offline, or the server is down.</source>
        <translation>无法连接 {where}：你可能处于离线状态，或服务器不可用。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="463"/>
        <source>There is no git repository at {where}.</source>
        <translation>{where} 上没有 git 仓库。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="468"/>
        <source>This repository has no remote to sync with.</source>
        <translation>这个仓库没有可同步的远程仓库。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="473"/>
        <source>The server at {where} did not accept your SSH key.</source>
        <translation>{where} 的服务器不接受你的 SSH 密钥。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="478"/>
        <source>The remote address “{url}” is not one Frontdesk understands.</source>
        <translation>编辑台无法识别远程仓库地址“{url}”。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="482"/>
        <source>The server at {where} did not accept the user name and token.</source>
        <translation>{where} 的服务器不接受该用户名和令牌。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="489"/>
        <source>Talking to {where} failed: {reason}</source>
        <translation>与 {where} 通信失败：{reason}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="490"/>
        <source>The secure connection to {where} failed: {reason}</source>
        <translation>与 {where} 的安全连接失败：{reason}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="497"/>
        <source>{path} changed on disk while Frontdesk was pulling.</source>
        <translation>编辑台拉取期间 {path} 在磁盘上被修改。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="498"/>
        <source>{path} cannot be read: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="581"/>
        <source>This file is not a draft in a _drafts folder.</source>
        <translation>这个文件不是 _drafts 文件夹中的草稿。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="582"/>
        <source>This file is not a post in _posts.</source>
        <translation>这个文件不是 _posts 中的文章。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="641"/>
        <source>The template {name} cannot be read: {reason}</source>
        <translation>无法读取模板 {name}：{reason}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="642"/>
        <source>The template {name} has a mistake in its front matter: {reason}</source>
        <translation>模板 {name} 的头信息有错误：{reason}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="645"/>
        <source>The template {name} cannot be filled in: {reason}</source>
        <translation>模板 {name} 无法填写：{reason}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="646"/>
        <source>Check the template&apos;s front matter in a text editor.</source>
        <translation>请在文本编辑器中检查模板的头信息。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="647"/>
        <source>The template {name} has a placeholder where Frontdesk cannot fill it in safely (in a field name).</source>
        <translation>模板 {name} 中有一个编辑台无法安全填写的占位符（在字段名中）。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="651"/>
        <source>Use placeholders only in values, like title: &quot;{{title}}&quot;.</source>
        <translation>占位符只能用在值中，例如 title: &quot;{{title}}&quot;。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="654"/>
        <source>This file cannot be read.</source>
        <translation>无法读取这个文件。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="655"/>
        <source>The file could not be read: {reason}.</source>
        <translation>无法读取文件：{reason}。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="656"/>
        <source>The file is too big to open ({size} MB).</source>
        <translation>文件太大，无法打开（{size} MB）。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="657"/>
        <source>Posts this large are not supported; split the file.</source>
        <translation>不支持这么大的文章；请把文件拆分。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="658"/>
        <source>The file could not be written: {reason}; nothing was changed.</source>
        <translation>文件无法写入：{reason}；没有做任何更改。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="661"/>
        <source>Check the disk and the folder, then save again.</source>
        <translation>请检查磁盘和文件夹，然后重新保存。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="662"/>
        <source>This is not a regular file (it is a named pipe, a device or a socket), so Frontdesk never opens it.</source>
        <translation>这不是普通文件（而是命名管道、设备或套接字），编辑台从不打开它。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="666"/>
        <source>Move it out of the posts folder.</source>
        <translation>请把它移出文章文件夹。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="667"/>
        <source>This is a link to {shown}, outside the site folder. Frontdesk never reads or changes files outside the site.</source>
        <translation>这是指向站点文件夹之外 {shown} 的链接。编辑台从不读取或修改站点之外的文件。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="671"/>
        <source>Copy the post into the site instead of linking to it.</source>
        <translation>请把文章复制到站点中，而不是链接到它。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="672"/>
        <source>This folder is a link to {shown}. Jekyll does not read posts through a linked folder here, so they are not listed.</source>
        <translation>这个文件夹是指向 {shown} 的链接。Jekyll 在这里不会通过链接的文件夹读取文章，因此这些文章不会列出。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="676"/>
        <source>Move the posts into the folder itself, or remove the link.</source>
        <translation>请把文章移到文件夹本身中，或删除这个链接。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="677"/>
        <source>This link leads back to {shown}, which is already read, so it is not read again.</source>
        <translation>这个链接指回已读取过的 {shown}，因此不会再读取一次。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="681"/>
        <source>Remove the link.</source>
        <translation>请删除这个链接。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="682"/>
        <source>This is a folder, not a post file.</source>
        <translation>这是一个文件夹，不是文章文件。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="683"/>
        <source>The file does not exist (it may have been moved or deleted).</source>
        <translation>文件不存在（可能已被移动或删除）。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="686"/>
        <source>You do not have permission to read this file.</source>
        <translation>你没有读取这个文件的权限。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="687"/>
        <source>Change the file&apos;s permissions or open it as its owner.</source>
        <translation>请修改文件的权限，或以其所有者身份打开。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="688"/>
        <source>The file was deleted or moved since it was opened.</source>
        <translation>文件在打开之后被删除或移动了。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="689"/>
        <source>The file was changed by another program since it was opened.</source>
        <translation>文件在打开之后被其他程序修改了。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="692"/>
        <source>The file is open in another program, which keeps it locked; nothing was changed.</source>
        <translation>文件正被其他程序打开并锁定；没有做任何更改。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="696"/>
        <source>Close the file there (or wait for a sync tool to finish), then save again.</source>
        <translation>请在那个程序中关闭该文件（或等同步工具完成），然后重新保存。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="699"/>
        <source>The disk is full, so the file could not be written; nothing was changed.</source>
        <translation>磁盘已满，文件无法写入；没有做任何更改。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="702"/>
        <source>Free some space on the disk, then save again.</source>
        <translation>请释放一些磁盘空间，然后重新保存。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="703"/>
        <source>Your disk quota is used up, so the file could not be written; nothing was changed.</source>
        <translation>你的磁盘配额已用完，文件无法写入；没有做任何更改。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="707"/>
        <source>Delete files you no longer need, or ask for a larger quota, then save again.</source>
        <translation>请删除不再需要的文件，或申请更大的配额，然后重新保存。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="711"/>
        <source>The disk is read-only (mounted read-only or write-protected); nothing was changed.</source>
        <translation>磁盘为只读（以只读方式挂载或有写保护）；没有做任何更改。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="715"/>
        <source>Make the disk writable or copy the site to a writable disk, then save again.</source>
        <translation>请让磁盘可写，或把站点复制到可写的磁盘上，然后重新保存。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="719"/>
        <source>You do not have permission to change this file or its folder (or the file is open in another program); nothing was changed.</source>
        <translation>你没有修改这个文件或其所在文件夹的权限（或文件正被其他程序打开）；没有做任何更改。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="723"/>
        <source>You do not have permission to change this file or its folder; nothing was changed.</source>
        <translation>你没有修改这个文件或其所在文件夹的权限；没有做任何更改。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="749"/>
        <source>The server refused the SSH key.</source>
        <translation>服务器拒绝了 SSH 密钥。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="750"/>
        <source>The index of this site cannot be opened: {reason}</source>
        <translation>无法打开这个站点的索引：{reason}</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="751"/>
        <source>Check that the disk has room and the cache folder may be written.</source>
        <translation>请确认磁盘有剩余空间，并且缓存文件夹可以写入。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="754"/>
        <source>a value written like a date is not a real date</source>
        <translation>一个写成日期样子的值并不是有效日期</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="755"/>
        <source>Correct the date (YYYY-MM-DD), or put the value in quotes if it is text.</source>
        <translation>请更正日期（YYYY-MM-DD）；如果它本来是文字，请给它加上引号。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="758"/>
        <source>a second `: ` on this line makes it ambiguous</source>
        <translation>这一行里第二个“: ”让含义不明确</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="759"/>
        <source>Put the whole value in double quotes.</source>
        <translation>请把整个值放进双引号。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="760"/>
        <source>a quote is opened but never closed</source>
        <translation>引号开了头却没有闭合</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="761"/>
        <source>Add the missing closing quote.</source>
        <translation>请补上缺少的右引号。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="762"/>
        <source>a line is missing its `:` (or a quote is not closed)</source>
        <translation>某一行缺少“:”（或有引号没有闭合）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="763"/>
        <source>Each line needs `name: value`; check the quotes.</source>
        <translation>每一行都要写成“名称: 值”；请检查引号。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="764"/>
        <source>the indentation does not line up</source>
        <translation>缩进没有对齐</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="765"/>
        <source>Indent nested lines with the same number of spaces as their neighbours.</source>
        <translation>嵌套的行请与相邻行使用相同数量的空格缩进。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="768"/>
        <source>`*name` refers to an `&amp;name` that does not exist</source>
        <translation>“*名称”引用的“&amp;名称”不存在</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="769"/>
        <source>Remove the `*` or define the value.</source>
        <translation>请删除“*”，或定义这个值。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="770"/>
        <source>a value starts with a character YAML reserves (such as @ or `)</source>
        <translation>某个值以 YAML 保留的字符开头（如 @ 或 `）</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="773"/>
        <source>Put the value in double quotes.</source>
        <translation>请把这个值放进双引号。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="774"/>
        <source>a value is missing or starts with a reserved character</source>
        <translation>缺少一个值，或值以保留字符开头</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="775"/>
        <source>the same `&amp;name` is defined twice</source>
        <translation>同一个“&amp;名称”定义了两次</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="776"/>
        <source>Rename one of them.</source>
        <translation>请给其中一个改名。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="777"/>
        <source>a tab character is used where YAML needs spaces</source>
        <translation>在 YAML 需要空格的地方用了制表符</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="778"/>
        <source>YAML does not allow tabs for indentation; replace them with spaces.</source>
        <translation>YAML 不允许用制表符缩进，请换成空格。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="781"/>
        <source>Check the quotes, colons and indentation on that line.</source>
        <translation>请检查该行的引号、冒号和缩进。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="727"/>
        <source>Make the file and its folder writable, then save again.</source>
        <translation>请让文件及其所在文件夹可写，然后重新保存。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="728"/>
        <source>The file is too big for this disk; nothing was changed.</source>
        <translation>文件对这个磁盘来说太大；没有做任何更改。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="729"/>
        <source>Save the post on a disk with another file system.</source>
        <translation>请把文章保存到使用其他文件系统的磁盘上。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="730"/>
        <source>This file lies outside the site folder (through a link); Frontdesk only changes files inside the site; nothing was changed.</source>
        <translation>这个文件（通过链接）位于站点文件夹之外；编辑台只修改站点内的文件；没有做任何更改。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="734"/>
        <source>Edit the file in its own site, or copy it into this one.</source>
        <translation>请在它自己的站点中编辑这个文件，或把它复制到这个站点中。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="735"/>
        <source>The file is marked read-only on disk; nothing was changed.</source>
        <translation>该文件在磁盘上被标记为只读；没有做任何更改。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="736"/>
        <source>Removing the last tag: value would make Jekyll read this post&apos;s tags: list instead, which it ignores today.</source>
        <translation>删除最后一个 tag: 值会让 Jekyll 改为读取这篇文章的 tags: 列表，而它目前忽略该列表。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="740"/>
        <source>Edit this post&apos;s tags by hand.</source>
        <translation>请手动编辑这篇文章的标签。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="741"/>
        <source>A value of “{key}” is not written as plain text Frontdesk can quote.</source>
        <translation>“{key}”中有一个值不是编辑台可以加引号的普通文字。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="744"/>
        <source>Put it in quotes in the raw front matter view.</source>
        <translation>请在“原始头信息”页中给它加上引号。</translation>
    </message>
    <message>
        <location filename="core_messages.py" line="745"/>
        <source>A value of “{key}” is named with &amp; or used again with * (a YAML anchor), so quoting it would change the other places too.</source>
        <translation>“{key}”中有一个值带有 &amp; 名称或通过 * 被再次引用（YAML 锚点），给它加引号会同时改变其他地方。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/messages.py" line="50"/>
        <source>line {line}: </source>
        <translation>第 {line} 行：</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../../editor_app/ui/git/credentials_dialog.py" line="25"/>
        <source>Sign In to %1</source>
        <translation>登录 %1</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/credentials_dialog.py" line="27"/>
        <source>The server refused the user name and token. Enter them again.</source>
        <translation>服务器拒绝了用户名和令牌，请重新输入。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/credentials_dialog.py" line="29"/>
        <source>The server at %1 asks you to sign in.</source>
        <translation>%1 上的服务器要求登录。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/credentials_dialog.py" line="31"/>
        <source>Use a personal access token, not your password.</source>
        <translation>请使用个人访问令牌，而不是密码。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/credentials_dialog.py" line="38"/>
        <source>Remember in the system&apos;s credential store</source>
        <translation>保存在系统的凭据存储中</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/credentials_dialog.py" line="41"/>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/credentials_dialog.py" line="42"/>
        <source>Token:</source>
        <translation>令牌：</translation>
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
        <location filename="../../editor_app/ui/panes/editor_area.py" line="129"/>
        <source>Select a post in the list, or press Ctrl+N to write a new one.</source>
        <translation>在列表中选择一篇文章，或按 Ctrl+N 写一篇新文章。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/editor_area.py" line="131"/>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/editor_area.py" line="132"/>
        <source>Close Post</source>
        <translation>关闭文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/editor_area.py" line="172"/>
        <source>“%1” was deleted or moved on disk. Your text is still here: save it under a name to keep it.</source>
        <translation>“%1”已在磁盘上被删除或移走。你的文字仍在这里：另存为一个文件名即可保留。</translation>
    </message>
</context>
<context>
    <name>FieldsTable</name>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="194"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="194"/>
        <location filename="../../editor_app/ui/form/fields_table.py" line="196"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="195"/>
        <source>New field</source>
        <translation>新字段</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="197"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="198"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="199"/>
        <source>Remove the selected field from the post</source>
        <translation>从文章中移除所选字段</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="201"/>
        <source>None. Add a field below.</source>
        <translation>无。可在下方添加字段。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="201"/>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="287"/>
        <source>The post already has a field called “{0}”.</source>
        <translation>文章中已有名为“{0}”的字段。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="290"/>
        <source>Field names cannot contain “:” or “#” or start with “-”.</source>
        <translation>字段名不能包含“:”或“#”，也不能以“-”开头。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="319"/>
        <source>A list or group of values, written as YAML</source>
        <translation>以 YAML 书写的列表或一组值</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="322"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="324"/>
        <source>A date: YYYY-MM-DD</source>
        <translation>日期：YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="346"/>
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
    <name>GitActions</name>
    <message>
        <location filename="../../editor_app/ui/git/actions.py" line="189"/>
        <source>Nothing to commit: every post is as committed.</source>
        <translation>没有可提交的内容：所有文章都与上次提交相同。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/actions.py" line="227"/>
        <source>Git is busy; try again when it has finished.</source>
        <translation>Git 正忙，请等它完成后再试。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/actions.py" line="265"/>
        <source>Auto-pull waits: it would change “%1”, which has unsaved edits.</source>
        <translation>自动拉取已暂缓：它会改动有未保存修改的“%1”。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/actions.py" line="287"/>
        <source>Waiting for you to resolve conflicts…</source>
        <translation>等待你解决冲突…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/git/actions.py" line="335"/>
        <source>Pulled %n commit(s)</source>
        <translation>
            <numerusform>已拉取 %n 个提交</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/git/actions.py" line="336"/>
        <source>, %n file(s) updated</source>
        <translation>
            <numerusform>，更新了 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/actions.py" line="339"/>
        <source>committed</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/actions.py" line="341"/>
        <source>pushed</source>
        <translation>已推送</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/actions.py" line="343"/>
        <source>Already up to date.</source>
        <translation>已是最新。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/actions.py" line="385"/>
        <source>Git Problem</source>
        <translation>Git 问题</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/actions.py" line="385"/>
        <source>Git could not finish.</source>
        <translation>Git 未能完成操作。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/actions.py" line="415"/>
        <source>Sign-in cancelled. Nothing was changed.</source>
        <translation>已取消登录，没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/actions.py" line="422"/>
        <source>Fetching…</source>
        <translation>正在获取…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/actions.py" line="423"/>
        <source>Merging…</source>
        <translation>正在合并…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/actions.py" line="424"/>
        <source>Updating files…</source>
        <translation>正在更新文件…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/actions.py" line="425"/>
        <source>Committing…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/actions.py" line="426"/>
        <source>Pushing…</source>
        <translation>正在推送…</translation>
    </message>
</context>
<context>
    <name>GitMessages</name>
    <message>
        <location filename="../../editor_app/ui/git/messages.py" line="27"/>
        <source>Not a Git Repository</source>
        <translation>不是 Git 仓库</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/messages.py" line="28"/>
        <source>This site is not in a git repository.</source>
        <translation>这个站点不在 git 仓库中。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/messages.py" line="31"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/messages.py" line="32"/>
        <source>Cannot reach the server: you seem to be offline, or the server is down. Your posts are safe; keep working and sync again later.</source>
        <translation>无法连接服务器：你可能处于离线状态，或服务器不可用。你的文章是安全的，可以继续工作，稍后再同步。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/messages.py" line="39"/>
        <source>Sign-In Refused</source>
        <translation>登录被拒绝</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/messages.py" line="40"/>
        <source>The server did not accept the sign-in. For HTTPS, use your user name and a personal access token; for SSH, add your key to the SSH agent.</source>
        <translation>服务器不接受登录。HTTPS 请使用用户名和个人访问令牌；SSH 请把密钥添加到 SSH agent。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/messages.py" line="47"/>
        <source>No Remote Repository</source>
        <translation>没有远程仓库</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/messages.py" line="48"/>
        <source>There is no remote repository to sync with, or it no longer exists. Check the remote&apos;s address (git remote -v). Your commits stay on this computer.</source>
        <translation>没有可同步的远程仓库，或它已不存在。请检查远程仓库地址（git remote -v）。你的提交仍保存在这台电脑上。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/messages.py" line="55"/>
        <source>Not on a Branch</source>
        <translation>不在分支上</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/messages.py" line="56"/>
        <source>The repository is not on a branch (a detached HEAD). Switch to a branch, for example with git switch main, then try again. Nothing was changed.</source>
        <translation>仓库不在任何分支上（分离的 HEAD）。请先切换到一个分支（例如 git switch main）再试。没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/messages.py" line="63"/>
        <source>Unfinished Git Operation</source>
        <translation>未完成的 Git 操作</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/messages.py" line="64"/>
        <source>Another git tool left a merge or rebase unfinished here. Finish or abort it with that tool, then try again. Nothing was changed.</source>
        <translation>另一个 git 工具在这里留下了未完成的合并或变基。请用那个工具完成或中止它，然后再试。没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/messages.py" line="71"/>
        <source>Linked Worktree</source>
        <translation>链接的工作树</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/messages.py" line="72"/>
        <source>This site is a linked git worktree (its .git is a file); Frontdesk shows its status but does not change it. Use git for this folder. Nothing was changed.</source>
        <translation>这个站点是链接的 git 工作树（它的 .git 是一个文件）；编辑台显示其状态但不会修改它。请对这个文件夹使用 git。没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/messages.py" line="79"/>
        <source>Shallow Clone</source>
        <translation>浅克隆</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/messages.py" line="80"/>
        <source>This is a shallow clone: the history a merge needs is missing. Run git fetch --unshallow once in this folder, then pull again.</source>
        <translation>这是一个浅克隆：缺少合并所需的历史。请在这个文件夹中运行一次 git fetch --unshallow，然后再拉取。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/messages.py" line="87"/>
        <source>No Shared History</source>
        <translation>没有共同的历史</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/messages.py" line="88"/>
        <source>The remote branch shares no history with yours: someone rewrote it and pushed it over the old one, or the two were started separately. Nothing was changed, and your commits stay here. Ask whoever runs the repository, or merge the two once with git.</source>
        <translation>远程分支与你的分支没有共同的历史：有人改写了它并覆盖推送了原来的历史，或者两者是分别创建的。没有任何改动，你的提交仍保存在这里。请询问仓库的管理者，或用 git 把两者合并一次。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/messages.py" line="97"/>
        <source>Push Refused</source>
        <translation>推送被拒绝</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/messages.py" line="98"/>
        <source>Someone else kept pushing first: Frontdesk pulled and tried again several times. Your commits are safe on this computer; sync again in a moment.</source>
        <translation>别人总是抢先推送：编辑台已拉取并重试了几次。你的提交安全地保存在这台电脑上，请稍后再同步。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/messages.py" line="105"/>
        <source>Conflicts to Resolve</source>
        <translation>有冲突需要解决</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/messages.py" line="106"/>
        <source>Some posts changed both here and on the remote in the same lines. Nothing was changed; sync again to resolve them in the conflict view.</source>
        <translation>有些文章在本机和远程仓库的同一处都被改动了。没有任何改动；请再次同步，在冲突视图中解决。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/messages.py" line="113"/>
        <source>Files Changed Meanwhile</source>
        <translation>文件在此期间被修改</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/messages.py" line="114"/>
        <source>A file changed on disk while git was working. Nothing was changed; try again.</source>
        <translation>git 工作期间有文件在磁盘上被修改。没有任何改动，请重试。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/messages.py" line="120"/>
        <source>Git Is Busy</source>
        <translation>Git 正忙</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/messages.py" line="121"/>
        <source>Another git program (a terminal or an editor&apos;s git tools) is working in this repository. Nothing was changed; try again when it has finished.</source>
        <translation>另一个 git 程序（终端或某个编辑器的 git 工具）正在这个仓库中工作。没有任何改动；请等它完成后再试。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/messages.py" line="128"/>
        <source>Commit Your Edits First</source>
        <translation>请先提交你的修改</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/messages.py" line="129"/>
        <source>A post you changed and committed also changed on the remote, and you have edited it again since. Nothing was changed; commit or revert those edits, then sync again.</source>
        <translation>你修改并提交过的一篇文章在远端也被修改了，而你之后又再次编辑了它。没有做任何更改；请先提交或撤回这些编辑，然后再同步。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/messages.py" line="137"/>
        <source>Nothing to Commit</source>
        <translation>没有可提交的内容</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/messages.py" line="138"/>
        <source>The chosen posts have no changes to commit.</source>
        <translation>所选文章没有需要提交的改动。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/messages.py" line="141"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/messages.py" line="142"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>已取消，没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/messages.py" line="144"/>
        <source>Git Problem</source>
        <translation>Git 问题</translation>
    </message>
</context>
<context>
    <name>GitPage</name>
    <message>
        <location filename="../../editor_app/ui/git/settings_page.py" line="52"/>
        <source>Git</source>
        <translation>Git</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/settings_page.py" line="54"/>
        <source>&amp;Commit message:</source>
        <translation>提交说明(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/settings_page.py" line="55"/>
        <source>Author &amp;name:</source>
        <translation>作者姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/settings_page.py" line="56"/>
        <source>Author &amp;email:</source>
        <translation>作者邮箱(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/settings_page.py" line="57"/>
        <source>&amp;Pull automatically every:</source>
        <translation>自动拉取间隔(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/settings_page.py" line="62"/>
        <source>{titles}: the posts&apos; titles, {count}: how many, {date}: today.</source>
        <translation>{titles}：文章标题，{count}：篇数，{date}：今天的日期。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/settings_page.py" line="64"/>
        <source>Used when your git settings name nobody.</source>
        <translation>当 git 设置中没有姓名和邮箱时使用。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/settings_page.py" line="67"/>
        <source>Also when a site opens. Never while a conflict waits for you or a post the pull would change has unsaved edits.</source>
        <translation>打开站点时也会拉取。有冲突等你处理，或拉取会改动有未保存修改的文章时，不会自动拉取。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/settings_page.py" line="71"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/settings_page.py" line="72"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>GitStatusWidget</name>
    <message>
        <location filename="../../editor_app/ui/git/status_widget.py" line="66"/>
        <source>Stop the git operation</source>
        <translation>停止 git 操作</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/status_widget.py" line="67"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/status_widget.py" line="69"/>
        <source>Pull the team&apos;s changes, commit yours and push them (Sync)</source>
        <translation>拉取团队的更改，提交并推送你的更改（同步）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/status_widget.py" line="98"/>
        <source>git</source>
        <translation>git</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/status_widget.py" line="102"/>
        <location filename="../../editor_app/ui/git/status_widget.py" line="121"/>
        <source>(no branch)</source>
        <translation>（不在分支上）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/git/status_widget.py" line="112"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 处冲突</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/status_widget.py" line="114"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/status_widget.py" line="121"/>
        <source>Branch: %1</source>
        <translation>分支：%1</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/status_widget.py" line="123"/>
        <source>Follows no remote branch</source>
        <translation>未跟踪远程分支</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/status_widget.py" line="125"/>
        <source>Up to date with %1</source>
        <translation>与 %1 保持一致</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/git/status_widget.py" line="128"/>
        <source>%n commit(s) to push</source>
        <translation>
            <numerusform>%n 个提交待推送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/git/status_widget.py" line="131"/>
        <source>%n commit(s) to pull from %1</source>
        <translation>
            <numerusform>%n 个提交待从 %1 拉取</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/git/status_widget.py" line="137"/>
        <source>%n changed file(s) not committed</source>
        <translation>
            <numerusform>%n 个改动的文件尚未提交</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageOptionsFields</name>
    <message>
        <location filename="../../editor_app/ui/media/options_fields.py" line="60"/>
        <source>Scale down pictures wider than</source>
        <translation>缩小宽度超过此值的图片</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/options_fields.py" line="61"/>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/options_fields.py" line="63"/>
        <source>Keep the format</source>
        <translation>保持原格式</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/options_fields.py" line="64"/>
        <source>Convert to WebP</source>
        <translation>转换为 WebP</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/options_fields.py" line="65"/>
        <source>Convert to JPEG</source>
        <translation>转换为 JPEG</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/options_fields.py" line="69"/>
        <source>Quality:</source>
        <translation>质量：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/options_fields.py" line="72"/>
        <source>A scaled or converted picture keeps its original in an _originals folder beside it, which Jekyll does not publish.</source>
        <translation>缩放或转换过的图片会把原图保存在旁边的 _originals 文件夹中，Jekyll 不会发布该文件夹。</translation>
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
    <name>ImagesLinksPage</name>
    <message>
        <location filename="../../editor_app/ui/preferences/images_links_page.py" line="77"/>
        <source>Images and Links</source>
        <translation>图片和链接</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/preferences/images_links_page.py" line="78"/>
        <source>Pictures</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/preferences/images_links_page.py" line="79"/>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/preferences/images_links_page.py" line="80"/>
        <source>&amp;Largest picture:</source>
        <translation>单张图片上限(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/preferences/images_links_page.py" line="81"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/preferences/images_links_page.py" line="82"/>
        <source>Links to posts</source>
        <translation>文章链接</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/preferences/images_links_page.py" line="83"/>
        <source>{% post_url %} tag (the build checks it)</source>
        <translation>{% post_url %} 标签（生成网站时会检查）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/preferences/images_links_page.py" line="84"/>
        <source>The post&apos;s address (permalink)</source>
        <translation>文章的网址（固定链接）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/preferences/images_links_page.py" line="115"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/preferences/images_links_page.py" line="121"/>
        <source>YYYY, MM and DD are the post&apos;s date: a post of today puts its pictures in %1</source>
        <translation>YYYY、MM 和 DD 取自文章日期：今天的文章会把图片放在 %1</translation>
    </message>
</context>
<context>
    <name>ImagesModel</name>
    <message>
        <location filename="../../editor_app/ui/media/browser.py" line="91"/>
        <source>(not used)</source>
        <translation>（未使用）</translation>
    </message>
</context>
<context>
    <name>InsertImageDialog</name>
    <message>
        <location filename="../../editor_app/ui/media/insert_dialog.py" line="34"/>
        <source>Insert Image</source>
        <translation>插入图片</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/insert_dialog.py" line="38"/>
        <source>A picture on this computer</source>
        <translation>这台电脑上的一张图片</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/insert_dialog.py" line="39"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/insert_dialog.py" line="47"/>
        <source>What the picture shows, for readers who cannot see it</source>
        <translation>图片的内容，供看不到图片的读者了解</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/insert_dialog.py" line="57"/>
        <source>Picture:</source>
        <translation>图片：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/insert_dialog.py" line="58"/>
        <source>Description:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/insert_dialog.py" line="63"/>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/insert_dialog.py" line="78"/>
        <source>Choose a Picture</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/insert_dialog.py" line="80"/>
        <source>Pictures (%1)</source>
        <translation>图片 (%1)</translation>
    </message>
</context>
<context>
    <name>LinkPicker</name>
    <message>
        <location filename="../../editor_app/ui/media/link_picker.py" line="40"/>
        <source>Link to Post</source>
        <translation>链接到文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/link_picker.py" line="48"/>
        <source>Search titles, file names and text</source>
        <translation>搜索标题、文件名和正文</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/link_picker.py" line="55"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/link_picker.py" line="55"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/link_picker.py" line="55"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/link_picker.py" line="68"/>
        <source>Insert Link</source>
        <translation>插入链接</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/link_picker.py" line="116"/>
        <source>(no title)</source>
        <translation>（无标题）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/media/link_picker.py" line="124"/>
        <source>%n post(s) found</source>
        <translation>
            <numerusform>找到 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/link_picker.py" line="127"/>
        <source>%1 of %2 posts shown</source>
        <translation>显示 %2 篇中的 %1 篇</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="789"/>
        <source>Cannot Open Folder</source>
        <translation>无法打开文件夹</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="871"/>
        <source>Open Site Folder</source>
        <translation>打开站点文件夹</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="177"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="205"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="178"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="115"/>
        <location filename="../../editor_app/ui/window/main_window.py" line="1278"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="179"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="180"/>
        <source>&amp;Insert</source>
        <translation>插入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="181"/>
        <source>&amp;Site</source>
        <translation>站点(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="182"/>
        <source>&amp;Git</source>
        <translation>Git(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="186"/>
        <source>&amp;New Post…</source>
        <translation>新建文章(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="194"/>
        <source>Create a new post</source>
        <translation>新建一篇文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="198"/>
        <source>&amp;Open Folder…</source>
        <translation>打开文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="208"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="219"/>
        <source>Re&amp;vert to Saved</source>
        <translation>还原到已保存(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="230"/>
        <source>D&amp;uplicate Post</source>
        <translation>复制文章(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="241"/>
        <source>&amp;Publish…</source>
        <translation>发布(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="248"/>
        <source>Move the draft to _posts, dated now or with its own date</source>
        <translation>把草稿移到 _posts，日期用现在或草稿自己的日期</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="252"/>
        <source>U&amp;npublish</source>
        <translation>撤回为草稿(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="259"/>
        <source>Move the post back to _drafts</source>
        <translation>把文章移回 _drafts</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="263"/>
        <source>Reveal in File &amp;Manager</source>
        <translation>在文件管理器中显示(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="273"/>
        <source>Move to &amp;Trash…</source>
        <translation>移到回收站(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="292"/>
        <source>&amp;Close Window</source>
        <translation>关闭窗口(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="300"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="309"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="319"/>
        <source>&amp;Replace…</source>
        <translation>替换(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="328"/>
        <source>Save Automatically When &amp;Switching Posts</source>
        <translation>切换文章时自动保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="336"/>
        <source>Pre&amp;ferences…</source>
        <translation>偏好设置(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="345"/>
        <source>Search &amp;Posts</source>
        <translation>搜索文章(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="354"/>
        <source>Go to Post &amp;List</source>
        <translation>转到文章列表(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="362"/>
        <source>Go to &amp;Title</source>
        <translation>转到标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="370"/>
        <source>Go to &amp;Body</source>
        <translation>转到正文(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="378"/>
        <source>Show &amp;Sidebar</source>
        <translation>显示侧栏(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="387"/>
        <source>Show &amp;Preview</source>
        <translation>显示预览(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="397"/>
        <source>Show P&amp;roblems</source>
        <translation>显示问题(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="403"/>
        <source>Every problem in the site, with its fix</source>
        <translation>站点中的全部问题及其修复</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="407"/>
        <source>Soft &amp;Wrap</source>
        <translation>自动换行(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="413"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="416"/>
        <source>Follow &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="424"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="432"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="438"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="454"/>
        <source>&amp;Categories &amp;&amp; Tags…</source>
        <translation>分类和标签(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="461"/>
        <source>Rename, merge, delete or split categories and tags across the site</source>
        <translation>在整个站点中重命名、合并、删除或拆分分类和标签</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="465"/>
        <source>&amp;Bulk Edit…</source>
        <translation>批量编辑(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="472"/>
        <source>Change the selected posts, or every post of the list, at once</source>
        <translation>一次修改选中的文章，或列表中的所有文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="476"/>
        <source>&amp;Undo Last Change to Many Posts…</source>
        <translation>撤销上次批量修改(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="523"/>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="528"/>
        <source>Pull the team&apos;s changes, commit yours and push them</source>
        <translation>拉取团队的更改，提交并推送你的更改</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="530"/>
        <source>&amp;Pull</source>
        <translation>拉取(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="532"/>
        <source>&amp;Commit…</source>
        <translation>提交(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="534"/>
        <source>P&amp;ush</source>
        <translation>推送(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="537"/>
        <source>Show Cha&amp;nges in This Post</source>
        <translation>显示本文的改动(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="547"/>
        <source>Git Se&amp;ttings…</source>
        <translation>Git 设置(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="568"/>
        <source>&amp;Image…</source>
        <translation>图片(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="575"/>
        <source>Copy a picture into the site and insert it (or paste or drop one)</source>
        <translation>把图片复制到站点并插入（也可以粘贴或拖入图片）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="579"/>
        <source>&amp;Link to Post…</source>
        <translation>链接到文章(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="589"/>
        <source>&amp;Download Remote Pictures of This Post</source>
        <translation>下载本文的远程图片(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="599"/>
        <source>&amp;Media…</source>
        <translation>媒体库(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="606"/>
        <source>The site&apos;s pictures, the posts that use them, and unused ones</source>
        <translation>站点的图片、使用它们的文章，以及未被使用的图片</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="610"/>
        <source>Download Remote Pictures of the Selected Posts…</source>
        <translation>下载所选文章的远程图片…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="618"/>
        <source>Image and Link Settings…</source>
        <translation>图片和链接设置…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="902"/>
        <source>The site&apos;s settings changed on disk (its config, schema or layouts). Press %1 (Rescan Site) to apply them when you are ready.</source>
        <translation>磁盘上的站点设置（配置、字段定义或布局）已更改。准备好后按 %1（重新扫描站点）即可应用。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="908"/>
        <source>The site&apos;s settings changed on disk; applied.</source>
        <translation>磁盘上的站点设置已更改，已应用。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="1064"/>
        <source>Indexing…</source>
        <translation>正在建立索引…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="1064"/>
        <source>Building search…</source>
        <translation>正在建立全文搜索…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="1097"/>
        <source>Indexing stopped: %1</source>
        <translation>索引已停止：%1</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="1133"/>
        <source>It has unsaved edits in the window; save or revert them first.</source>
        <translation>它在窗口中有未保存的修改；请先保存或还原。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/window/main_window.py" line="1167"/>
        <source>%1 (%n selected post(s))</source>
        <translation>
            <numerusform>%1（选中的 %n 篇文章）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/window/main_window.py" line="1172"/>
        <source>%1 (%n post(s) of the list)</source>
        <translation>
            <numerusform>%1（列表中的 %n 篇文章）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="1286"/>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="1290"/>
        <source>Frontdesk</source>
        <translation>编辑台</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="183"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="1277"/>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="444"/>
        <source>&amp;System Language</source>
        <translation>跟随系统语言(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="485"/>
        <source>&amp;Rescan Site</source>
        <translation>重新扫描站点(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="494"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="501"/>
        <source>&amp;About Frontdesk</source>
        <translation>关于编辑台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="652"/>
        <source>No Recent Sites</source>
        <translation>没有最近打开的站点</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="655"/>
        <source>Clear Menu</source>
        <translation>清除菜单</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/help.py" line="28"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="284"/>
        <source>Move the selected posts to the trash (in the post list)</source>
        <translation>把所选文章移到回收站（在文章列表中）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="506"/>
        <source>Open the previous / next post (in the post list)</source>
        <translation>打开上一篇 / 下一篇文章（在文章列表中）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="507"/>
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
    <name>MediaActions</name>
    <message>
        <location filename="../../editor_app/ui/media/actions.py" line="105"/>
        <source>Open a post first.</source>
        <translation>请先打开一篇文章。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/actions.py" line="108"/>
        <source>This post is read-only.</source>
        <translation>这篇文章是只读的。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/actions.py" line="145"/>
        <source>Copying the picture into the site…</source>
        <translation>正在把图片复制到站点…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/actions.py" line="168"/>
        <location filename="../../editor_app/ui/media/actions.py" line="207"/>
        <source>Could Not Insert the Picture</source>
        <translation>无法插入图片</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/actions.py" line="178"/>
        <source>The picture was copied to %1, but the post was closed meanwhile.</source>
        <translation>图片已复制到 %1，但文章在此期间已关闭。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/media/actions.py" line="194"/>
        <source>Inserted %n picture(s)</source>
        <translation>
            <numerusform>已插入 %n 张图片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/media/actions.py" line="196"/>
        <source>(%n already in the site, not copied again)</source>
        <translation>
            <numerusform>（其中 %n 张站点里已有，未重复复制）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/actions.py" line="199"/>
        <source>The pasted picture</source>
        <translation>粘贴的图片</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/media/actions.py" line="211"/>
        <source>%n picture(s) could not be inserted; nothing was written for them.</source>
        <translation>
            <numerusform>%n 张图片无法插入，没有为它们写入任何文件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/actions.py" line="225"/>
        <source>The media browser shows another site; open it again.</source>
        <translation>媒体库显示的是另一个站点，请重新打开它。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/actions.py" line="233"/>
        <source>Inserted %1</source>
        <translation>已插入 %1</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/actions.py" line="258"/>
        <source>Could Not Link to the Post</source>
        <translation>无法链接到这篇文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/actions.py" line="265"/>
        <source>Linked to %1</source>
        <translation>已链接到 %1</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/actions.py" line="275"/>
        <source>Update links to %1 (was %2)</source>
        <translation>更新指向 %1 的链接（原为 %2）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/actions.py" line="283"/>
        <source>Links to the renamed post were not updated: another change is running.</source>
        <translation>没有更新指向改名文章的链接：另一项修改正在进行。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/actions.py" line="296"/>
        <source>This post shows no pictures from other sites.</source>
        <translation>这篇文章没有来自其他网站的图片。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/actions.py" line="305"/>
        <location filename="../../editor_app/ui/media/actions.py" line="361"/>
        <location filename="../../editor_app/ui/media/actions.py" line="410"/>
        <source>Downloading pictures…</source>
        <translation>正在下载图片…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/actions.py" line="331"/>
        <source>The post was closed before the pictures were downloaded.</source>
        <translation>图片下载完成前文章已关闭。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/media/actions.py" line="339"/>
        <source>Downloaded %1 of %n picture(s) into the site.</source>
        <translation>
            <numerusform>已把 %n 张图片中的 %1 张下载到站点。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/actions.py" line="353"/>
        <source>Select the posts in the list first.</source>
        <translation>请先在列表中选择文章。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/media/actions.py" line="380"/>
        <source>Downloaded %n picture(s) into the site.</source>
        <translation>
            <numerusform>已把 %n 张图片下载到站点。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/media/actions.py" line="387"/>
        <source>Point %n post(s) at their downloaded pictures</source>
        <translation>
            <numerusform>让 %n 篇文章改用已下载的图片</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/actions.py" line="394"/>
        <source>Download Remote Pictures</source>
        <translation>下载远程图片</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/media/actions.py" line="398"/>
        <source>%n picture(s) could not be downloaded; the posts still load them from the other site:</source>
        <translation>
            <numerusform>%n 张图片无法下载，文章仍从其他网站加载它们：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/actions.py" line="418"/>
        <source>Could Not Download the Pictures</source>
        <translation>无法下载图片</translation>
    </message>
</context>
<context>
    <name>MediaBrowser</name>
    <message>
        <location filename="../../editor_app/ui/media/browser.py" line="155"/>
        <source>Media — %1</source>
        <translation>媒体库 — %1</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/browser.py" line="163"/>
        <source>Search file names and the posts that use them</source>
        <translation>搜索文件名和使用它们的文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/browser.py" line="165"/>
        <source>Only unused</source>
        <translation>只看未使用的</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/browser.py" line="167"/>
        <source>Rescan</source>
        <translation>重新扫描</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/browser.py" line="194"/>
        <source>Double-click a post to open it</source>
        <translation>双击文章即可打开</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/browser.py" line="197"/>
        <source>Insert into Post</source>
        <translation>插入到文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/browser.py" line="219"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/browser.py" line="262"/>
        <source>Reading the site…</source>
        <translation>正在读取站点…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/browser.py" line="285"/>
        <source>The site could not be read: %1</source>
        <translation>无法读取站点：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/media/browser.py" line="302"/>
        <source>%n picture(s), </source>
        <translation>
            <numerusform>%n 张图片，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/media/browser.py" line="302"/>
        <source>%n unused</source>
        <translation>
            <numerusform>%n 张未使用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/media/browser.py" line="304"/>
        <source>%n shown</source>
        <translation>
            <numerusform>显示 %n 张</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/browser.py" line="306"/>
        <source>stopped before every post was read</source>
        <translation>在读完所有文章前已停止</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/media/browser.py" line="340"/>
        <source>Used by %n post(s):</source>
        <translation>
            <numerusform>被 %n 篇文章使用：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/media/browser.py" line="342"/>
        <source>Not used by any post.</source>
        <translation>没有文章使用它。</translation>
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
        <location filename="../../editor_app/ui/form/metadata_form.py" line="417"/>
        <source>Posts in the _drafts folder are drafts. Use File → Publish to move it to _posts.</source>
        <translation>_drafts 文件夹里的文章是草稿。用“文件 → 发布”把它移到 _posts。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="422"/>
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
        <location filename="../../editor_app/ui/form/metadata_form.py" line="409"/>
        <source>Default: {0}</source>
        <translation>默认：{0}</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="414"/>
        <source>Draft (in the _drafts folder)</source>
        <translation>草稿（在 _drafts 文件夹中）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="424"/>
        <source>Unchecked writes “published: false”: Jekyll then skips the post.</source>
        <translation>取消勾选会写入“published: false”，Jekyll 将跳过这篇文章。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="453"/>
        <source>(see Other fields)</source>
        <translation>（见“其他字段”）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="471"/>
        <source>From the file name. Changing it adds a “date” field to the post.</source>
        <translation>取自文件名。修改它会在文章中添加“date”字段。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="474"/>
        <source>(no date)</source>
        <translation>（无日期）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="497"/>
        <source>This post is shown read-only: {0}
Frontdesk will not change it. Edit the file in a text editor, or fix the cause and open it again.</source>
        <translation>这篇文章以只读方式显示：{0}
编辑台不会修改它。请用文本编辑器编辑该文件，或解决问题后重新打开。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="505"/>
        <source>The front matter has a mistake on line {0}. Fix it in the Raw Front Matter tab; the fields come back when it is valid.</source>
        <translation>头信息第 {0} 行有错误。请在“原始头信息”页中修正，修正后表单字段会恢复。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="510"/>
        <source>The front matter is not valid. Fix it in the Raw Front Matter tab; the fields come back when it is valid.</source>
        <translation>头信息无效。请在“原始头信息”页中修正，修正后表单字段会恢复。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="518"/>
        <source>This file has no front matter, so Jekyll copies it as it is. Add a front matter block (between --- lines) in a text editor to make it a post.</source>
        <translation>这个文件没有头信息，Jekyll 会原样复制它。要让它成为文章，请用文本编辑器添加头信息（放在两行 --- 之间）。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="555"/>
        <source>The form cannot change this front matter: {0}
Use the Raw Front Matter tab instead.</source>
        <translation>表单无法修改这段头信息：{0}
请改用“原始头信息”页。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="565"/>
        <source>“{0}” could not be changed: {1}</source>
        <translation>无法修改“{0}”：{1}</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="661"/>
        <source>Fix the raw front matter first</source>
        <translation>请先修正原始头信息</translation>
    </message>
</context>
<context>
    <name>NewPostDialog</name>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="100"/>
        <source>New Post</source>
        <translation>新建文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="106"/>
        <source>None (defaults from _config.yml)</source>
        <translation>不用模板（使用 _config.yml 的默认值）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="115"/>
        <source>What is the post called?</source>
        <translation>文章叫什么名字？</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="125"/>
        <source>Add a category…</source>
        <translation>添加分类…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="127"/>
        <source>Add a tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="130"/>
        <source>Draft (saved in _drafts, not published)</source>
        <translation>草稿（保存在 _drafts，不发布）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="146"/>
        <source>Tem&amp;plate:</source>
        <translation>模板(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="148"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="149"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="150"/>
        <source>&amp;Layout:</source>
        <translation>布局(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="151"/>
        <source>&amp;Categories:</source>
        <translation>分类(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="152"/>
        <source>T&amp;ags:</source>
        <translation>标签(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="154"/>
        <source>File &amp;name from:</source>
        <translation>文件名依据(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="155"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="161"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="200"/>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="246"/>
        <source>From %1. {{title}}, {{date}}, {{slug}} and {{author}} are filled in.</source>
        <translation>来自 %1。{{title}}、{{date}}、{{slug}} 和 {{author}} 会自动填入。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="262"/>
        <source>Without a template, _config.yml defaults also add: %1</source>
        <translation>不用模板时，_config.yml 的默认值还会加入：%1</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="268"/>
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
        <location filename="../../editor_app/ui/window/post_actions.py" line="76"/>
        <location filename="../../editor_app/ui/window/post_actions.py" line="78"/>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="122"/>
        <location filename="../../editor_app/ui/window/post_actions.py" line="388"/>
        <source>Cannot Open Post</source>
        <translation>无法打开文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="136"/>
        <source>Restored unsaved edits; the file changed on disk since — review before saving.</source>
        <translation>已恢复未保存的修改；但文件此后在磁盘上被改过，请检查后再保存。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="143"/>
        <source>Restored unsaved edits to the body; the front matter edits no longer fit the file.</source>
        <translation>已恢复正文中未保存的修改；头信息的修改已不适用于当前文件。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="148"/>
        <source>Restored unsaved edits.</source>
        <translation>已恢复未保存的修改。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="175"/>
        <source>Reloaded: the file changed on disk.</source>
        <translation>已重新载入：文件在磁盘上被修改过。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="189"/>
        <source>“%1” was moved to %2 on disk; the editor follows it.</source>
        <translation>“%1”已在磁盘上移到 %2，编辑器已跟随。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="223"/>
        <source>Read-Only Post</source>
        <translation>只读文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="226"/>
        <source>This post cannot be edited.</source>
        <translation>这篇文章不能编辑。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="231"/>
        <location filename="../../editor_app/ui/window/post_actions.py" line="266"/>
        <source>Fix the Front Matter First</source>
        <translation>请先修正头信息</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="245"/>
        <location filename="../../editor_app/ui/window/post_actions.py" line="273"/>
        <location filename="../../editor_app/ui/window/post_actions.py" line="282"/>
        <location filename="../../editor_app/ui/window/post_actions.py" line="341"/>
        <source>Could Not Save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="250"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="275"/>
        <source>Save Post As</source>
        <translation>文章另存为</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="287"/>
        <source>Saved as %1</source>
        <translation>已另存为 %1</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="349"/>
        <source>Saved %1 with the other change merged in.</source>
        <translation>已保存 %1，并合并了另一处修改。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="372"/>
        <source>Could Not Rename</source>
        <translation>无法重命名</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="421"/>
        <source>Could Not Create Post</source>
        <translation>无法创建文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="483"/>
        <source>Could Not Move the Post</source>
        <translation>无法移动文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="488"/>
        <source>Moved to %1</source>
        <translation>已移到 %1</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="499"/>
        <source>Could Not Duplicate</source>
        <translation>无法复制</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="522"/>
        <source>Could Not Move to Trash</source>
        <translation>无法移到回收站</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/window/post_actions.py" line="526"/>
        <source>Moved %n post(s) to the trash.</source>
        <translation>
            <numerusform>已将 %n 篇文章移到回收站。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostDiffDialog</name>
    <message>
        <location filename="../../editor_app/ui/git/diff_dialog.py" line="19"/>
        <source>Changes Since the Last Commit</source>
        <translation>自上次提交以来的改动</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/diff_dialog.py" line="20"/>
        <source>“%1” compared with the last commit.</source>
        <translation>“%1”与上次提交的对比。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/diff_dialog.py" line="29"/>
        <source>Unsaved edits are not included; save the post to see them.</source>
        <translation>未保存的修改不在其中；保存文章后即可看到。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/diff_dialog.py" line="43"/>
        <source>No changes since the last commit.</source>
        <translation>自上次提交以来没有改动。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/diff_dialog.py" line="46"/>
        <source>A new post, not in any commit yet.</source>
        <translation>新文章，尚未提交过。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/diff_dialog.py" line="48"/>
        <source>This post was deleted.</source>
        <translation>这篇文章已被删除。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/diff_dialog.py" line="49"/>
        <source>Unchanged</source>
        <translation>未改动</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/diff_dialog.py" line="51"/>
        <source>Front matter</source>
        <translation>前置元数据</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/git/diff_dialog.py" line="52"/>
        <source>Body</source>
        <translation>正文</translation>
    </message>
</context>
<context>
    <name>PostListModel</name>
    <message>
        <location filename="../../editor_app/ui/panes/post_list.py" line="98"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/post_list.py" line="99"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/post_list.py" line="100"/>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/post_list.py" line="101"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/post_list.py" line="102"/>
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/post_list.py" line="103"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/post_list.py" line="290"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/post_list.py" line="294"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/post_list.py" line="300"/>
        <source>Not checked yet: its problems show once the check reaches it.</source>
        <translation>尚未检查：检查到这篇文章后会显示它的问题。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/panes/post_list.py" line="307"/>
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n 个问题：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/panes/post_list.py" line="322"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>……还有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/post_list.py" line="327"/>
        <source>Git: new, not committed yet</source>
        <translation>Git：新文章，尚未提交</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/post_list.py" line="328"/>
        <source>Git: changed since the last commit</source>
        <translation>Git：自上次提交以来有改动</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/post_list.py" line="329"/>
        <source>Git: deleted, not committed yet</source>
        <translation>Git：已删除，尚未提交</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/post_list.py" line="330"/>
        <source>Git: conflicts with the remote; Sync to resolve</source>
        <translation>Git：与远程仓库冲突，请同步以解决</translation>
    </message>
</context>
<context>
    <name>PostListPane</name>
    <message>
        <location filename="../../editor_app/ui/panes/post_list.py" line="531"/>
        <source>Search titles and text</source>
        <translation>搜索标题和正文</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../editor_app/ui/preferences/dialog.py" line="88"/>
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
        <location filename="../../editor_app/ui/panes/post_list.py" line="384"/>
        <location filename="problem_templates.py" line="213"/>
        <source>Line %1: </source>
        <extracomment>Parameters of a problem that hold one of core&apos;s fixed phrases rather than the post&apos;s text.</extracomment>
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
        <source>The front matter is not valid YAML: {summary} [{raw}] {hint}</source>
        <translation>头信息不是有效的 YAML：{summary}［{raw}］{hint}</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="34"/>
        <source>The front matter is not valid YAML: {raw} {hint}</source>
        <translation>头信息不是有效的 YAML：{raw}。{hint}</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="39"/>
        <source>This file is saved as {encoding}, not UTF-8, so Jekyll will show garbled text and Frontdesk will not change it. Open it in a text editor and save it as UTF-8.</source>
        <translation>这个文件以 {encoding} 编码保存，而不是 UTF-8，Jekyll 会显示乱码，编辑台也不会修改它。请用文本编辑器打开并另存为 UTF-8。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="43"/>
        <source>This file starts with an invisible byte-order mark (BOM), which some tools mistake for text before the front matter. Save it as “UTF-8 without BOM”.</source>
        <translation>这个文件开头有一个看不见的字节顺序标记（BOM），有些工具会把它当成头信息前的文字。请另存为“UTF-8 无 BOM”。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="47"/>
        <source>This file is read-only, so changes to it cannot be saved. Make it writable (in its properties or permissions) to edit it.</source>
        <translation>这个文件是只读的，修改无法保存。请在文件属性或权限中把它设为可写，再进行编辑。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="51"/>
        <source>This post uses {kind} front matter, which Frontdesk shows but cannot edit yet.</source>
        <translation>这篇文章使用 {kind} 格式的头信息，编辑台可以显示，但暂时不能编辑。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="54"/>
        <source>This post uses {kind} front matter, which Frontdesk shows but cannot edit yet. Jekyll does not read {kind} front matter; convert it to YAML (--- lines).</source>
        <translation>这篇文章使用 {kind} 格式的头信息，编辑台可以显示，但暂时不能编辑。Jekyll 不读取 {kind} 头信息，请把它改写为 YAML（用 --- 行包围）。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="58"/>
        <source>The lines of this file end with CR only (old Mac style), so Jekyll does not see the front matter and publishes the post without its title, date and tags. Save the file with LF (or CRLF) line endings.</source>
        <translation>这个文件的行尾只有 CR（旧 Mac 格式），Jekyll 看不到头信息，发布时会缺少标题、日期和标签。请用 LF（或 CRLF）行尾保存文件。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="62"/>
        <source>Line {line} is indented with a tab. YAML allows only spaces for indentation; replace the tab with spaces.</source>
        <translation>第 {line} 行用制表符缩进。YAML 只允许用空格缩进，请把制表符换成空格。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="66"/>
        <source>Jekyll cannot read this front matter: {value} starts with a colon, which Jekyll&apos;s YAML reads as a Ruby symbol and refuses, so the post loses its title, date and tags. Put the value in quotes.</source>
        <translation>Jekyll 无法读取这段头信息：{value} 以冒号开头，Jekyll 的 YAML 会把它当作 Ruby 符号并拒绝读取，文章因此丢失标题、日期和标签。请给这个值加上引号。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="74"/>
        <source>The field “{key}” appears twice (lines {first} and {line}). Jekyll keeps only the last one; delete the line you do not want.</source>
        <translation>字段“{key}”出现了两次（第 {first} 行和第 {line} 行）。Jekyll 只保留最后一个，请删除不需要的那一行。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="70"/>
        <source>This post and {others} are both published at /{url}, so one will overwrite the other. Change the title, date or permalink of one of them.</source>
        <translation>这篇文章和 {others} 都发布到 /{url}，其中一篇会覆盖另一篇。请修改其中一篇的标题、日期或固定链接。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="35"/>
        <source>The name of this file is not UTF-8 text ({name}), which stops Jekyll from building the site. Rename the file.</source>
        <translation>这个文件的名称不是 UTF-8 文本（{name}），Jekyll 会因此无法生成整个网站。请重命名这个文件。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="78"/>
        <source>This file is empty. Write the post, or move the file to the trash.</source>
        <translation>这个文件是空的。请写入文章内容，或把文件移到回收站。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="81"/>
        <source>This file has no front matter, so Jekyll guesses its title and date from the file name. Add a title and a date at the top, between two --- lines.</source>
        <translation>这个文件没有头信息，Jekyll 会根据文件名猜测标题和日期。请在文件开头的两行 --- 之间添加标题和日期。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="89"/>
        <source>The date {value} has no UTC offset and _config.yml sets no timezone, so the time depends on the computer that builds the site. Write the offset ({fixed}) or set timezone in _config.yml.</source>
        <translation>日期 {value} 没有写 UTC 时差，而 _config.yml 也没有设置 timezone，所以发布时间取决于生成网站的那台电脑。请写上时差（{fixed}），或在 _config.yml 中设置 timezone。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="93"/>
        <source>The layout “{layout}” does not exist, so the page is shown without it. Choose one of: {known}.</source>
        <translation>布局“{layout}”不存在，页面会在没有布局的情况下显示。请从这些布局中选一个：{known}。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="117"/>
        <source>The title is empty. Type a title for this post.</source>
        <translation>标题是空的。请为这篇文章输入标题。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="118"/>
        <source>This post has no title. Add one.</source>
        <translation>这篇文章没有标题。请添加一个标题。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="101"/>
        <source>The date is empty, which stops Jekyll from building the site. Set the date, for example 2024-05-01 12:00:00 +0800.</source>
        <translation>日期是空的，这会导致 Jekyll 无法生成网站。请填写日期，例如 2024-05-01 12:00:00 +0800。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="127"/>
        <source>“{key}” holds values without quotes that YAML reads as numbers, dates or yes/no, not as text: {values}. Jekyll gives this post each such category twice (as the value and as its text), so the site shows it twice. Put them in quotes: {quoted}.</source>
        <translation>“{key}”里有没加引号的值，YAML 会把它们读成数字、日期或是非值，而不是文字：{values}。Jekyll 会把这样的分类给这篇文章算两次（值本身和它的文字），网站上也会显示两次。请给它们加上引号：{quoted}。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="105"/>
        <source>“categories: {values}” is not text in YAML, and Jekyll cannot read a single value of that kind: it leaves out this file&apos;s whole front matter (title, date, layout). Put it in quotes: {quoted}.</source>
        <translation>“categories: {values}”在 YAML 里不是文字，而 Jekyll 读不了这样的单个值：它会丢掉这个文件的全部头信息（标题、日期、布局）。请给它加上引号：{quoted}。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="97"/>
        <source>Jekyll reads the title “{value}” as false and titles this post from its file name instead. Put the title in quotes.</source>
        <translation>Jekyll 把标题“{value}”读作 false（假），改用文件名作为这篇文章的标题。请给标题加上引号。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="131"/>
        <source>“{key}” holds values without quotes that YAML reads as numbers, dates or yes/no, not as text: {values}. Jekyll keeps such a tag apart from the same tag written as text in other posts, so tag lists and tag pages can show it twice. Put them in quotes: {quoted}.</source>
        <translation>“{key}”里有没加引号的值，YAML 会把它们读成数字、日期或是非值，而不是文字：{values}。Jekyll 会把这样的标签和其他文章里写成文字的同名标签分开，标签列表和标签页可能把它显示两次。请给它们加上引号：{quoted}。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="155"/>
        <source>The field “{key}” is empty or missing, but {source} marks it as required. Fill it in.</source>
        <translation>字段“{key}”为空或缺失，但 {source} 把它定为必填。请填写。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="159"/>
        <source>The post_url tag names “{name}”, but no post of this site has that name, so Jekyll stops building the site. Check the date and name against the post&apos;s file name in _posts/ (it may have been renamed).</source>
        <translation>post_url 标签引用了“{name}”，但本站没有这个名字的文章，Jekyll 会因此停止生成网站。请对照 _posts/ 中文章的文件名检查日期和名称（文章可能已改名）。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="163"/>
        <source>The link to {url} points at no post or page of this site, so readers get “page not found”. Correct the address (the post may have been renamed), or link with a post_url tag, which the build checks.</source>
        <translation>指向 {url} 的链接不对应本站任何文章或页面，读者会看到“页面不存在”。请改正地址（文章可能已改名），或改用 post_url 标签链接，生成网站时会检查它。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="167"/>
        <source>The link tag names {target}, a file that does not exist, which stops Jekyll from building the site. Correct the path (relative to the site folder).</source>
        <translation>link 标签引用的 {target} 文件不存在，Jekyll 会因此停止生成网站。请改正路径（相对于站点文件夹）。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="171"/>
        <source>The picture {url} is not in the site (there is no file {file}). Add the file, or correct the address.</source>
        <translation>图片 {url} 不在站点中（没有文件 {file}）。请添加这个文件，或改正地址。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="175"/>
        <source>The post_url tag names “{name}”, which is not a post name (YYYY-MM-DD-name), so Jekyll stops building the site. Write the post&apos;s file name without the extension.</source>
        <translation>post_url 标签引用的“{name}”不是文章名（应为 YYYY-MM-DD-名称），Jekyll 会因此停止生成网站。请写文章的文件名，不带扩展名。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="179"/>
        <source>The post_url tag names “{name}”, a post that is not published (a draft, published: false, or dated in the future), so Jekyll stops building the site. Publish that post first, or remove the link.</source>
        <translation>post_url 标签引用的“{name}”是一篇未发布的文章（草稿、published: false 或日期在未来），Jekyll 会因此停止生成网站。请先发布那篇文章，或删除这个链接。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="183"/>
        <source>The link to {url} points at a post that is not published (a draft or published: false), so readers get “page not found”. Publish that post, or remove the link.</source>
        <translation>指向 {url} 的链接对应一篇未发布的文章（草稿或 published: false），读者会看到“页面不存在”。请发布那篇文章，或删除这个链接。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="187"/>
        <source>a value written like a date is not a real date</source>
        <translation>一个写成日期样子的值并不是有效日期</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="188"/>
        <source>Correct the date (YYYY-MM-DD), or put the value in quotes if it is text.</source>
        <translation>请更正日期（YYYY-MM-DD）；如果它本来是文字，请给它加上引号。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="191"/>
        <source>a second `: ` on this line makes it ambiguous</source>
        <translation>这一行里第二个“: ”让含义不明确</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="192"/>
        <source>Put the whole value in double quotes.</source>
        <translation>请把整个值放进双引号。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="193"/>
        <source>a quote is opened but never closed</source>
        <translation>引号开了头却没有闭合</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="194"/>
        <source>Add the missing closing quote.</source>
        <translation>请补上缺少的右引号。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="195"/>
        <source>a line is missing its `:` (or a quote is not closed)</source>
        <translation>某一行缺少“:”（或有引号没有闭合）</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="196"/>
        <source>Each line needs `name: value`; check the quotes.</source>
        <translation>每一行都要写成“名称: 值”；请检查引号。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="197"/>
        <source>the indentation does not line up</source>
        <translation>缩进没有对齐</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="198"/>
        <source>Indent nested lines with the same number of spaces as their neighbours.</source>
        <translation>嵌套的行请与相邻行使用相同数量的空格缩进。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="201"/>
        <source>`*name` refers to an `&amp;name` that does not exist</source>
        <translation>“*名称”引用的“&amp;名称”不存在</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="202"/>
        <source>Remove the `*` or define the value.</source>
        <translation>请删除“*”，或定义这个值。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="203"/>
        <source>a value starts with a character YAML reserves (such as @ or `)</source>
        <translation>某个值以 YAML 保留的字符开头（如 @ 或 `）</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="204"/>
        <source>Put the value in double quotes.</source>
        <translation>请把这个值放进双引号。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="205"/>
        <source>a value is missing or starts with a reserved character</source>
        <translation>缺少一个值，或值以保留字符开头</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="206"/>
        <source>the same `&amp;name` is defined twice</source>
        <translation>同一个“&amp;名称”定义了两次</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="207"/>
        <source>Rename one of them.</source>
        <translation>请给其中一个改名。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="208"/>
        <source>a tab character is used where YAML needs spaces</source>
        <translation>在 YAML 需要空格的地方用了制表符</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="209"/>
        <source>YAML does not allow tabs for indentation; replace them with spaces.</source>
        <translation>YAML 不允许用制表符缩进，请换成空格。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="212"/>
        <source>Check the quotes, colons and indentation on that line.</source>
        <translation>请检查该行的引号、冒号和缩进。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="85"/>
        <source>“categories: {value}” is one text with spaces, so Jekyll reads {count} categories: {words}. Write them as a list, or as one category in a list ([{value}]).</source>
        <translation>“categories: {value}”是一段带空格的文字，Jekyll 会把它读成 {count} 个分类：{words}。请写成列表，或写成只有一个分类的列表（[{value}]）。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="109"/>
        <source>The date {value} has no UTC offset, so Jekyll reads it as UTC and publishes the post at {published} in the site&apos;s time zone. Write the offset Jekyll uses ({fixed}), or the local time with its own offset.</source>
        <translation>日期 {value} 没有写 UTC 时差，Jekyll 会按 UTC 理解它，按站点时区在 {published} 发布这篇文章。请写上 Jekyll 实际使用的时差（{fixed}），或写成带时差的当地时间。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="139"/>
        <source>The date in the file name ({file_date}) does not exist, which stops Jekyll from building the site. Rename the file with a real date.</source>
        <translation>文件名中的日期（{file_date}）不存在，这会导致 Jekyll 无法生成网站。请用真实的日期重命名文件。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="143"/>
        <source>Jekyll skips this post because its file name does not start with a date. Rename it like {example}.</source>
        <translation>这篇文章的文件名不是以日期开头，Jekyll 会跳过它。请把它改名为类似 {example} 的名字。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="113"/>
        <source>The layout “{layout}” (set by defaults in _config.yml) does not exist, so the page is shown without it. Add _layouts/{layout}.html or change the default. Layouts: {known}.</source>
        <translation>布局“{layout}”（由 _config.yml 中的默认设置指定）不存在，页面会在没有布局的情况下显示。请添加 _layouts/{layout}.html，或修改默认设置。现有布局：{known}。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="119"/>
        <source>The file name says {file_date} but the date field says {date}. Rename the file to {suggested} or correct the date.</source>
        <translation>文件名中的日期是 {file_date}，但日期字段是 {date}。请把文件改名为 {suggested}，或修改日期。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="123"/>
        <source>This post is dated in the future ({date}). The site does not publish future posts (future is off in _config.yml), so it stays hidden until then.</source>
        <translation>这篇文章的日期在未来（{date}）。网站不发布未来日期的文章（_config.yml 中的 future 已关闭），所以在那之前它不会显示。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="135"/>
        <source>The date “{value}” is not a date Jekyll understands, which stops it from building the site. Write it like 2024-05-01 12:00:00 +0800.</source>
        <translation>Jekyll 无法识别日期“{value}”，这会导致它无法生成网站。请按 2024-05-01 12:00:00 +0800 的格式填写。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="147"/>
        <source>This post has no date, so Jekyll uses the date in its file name ({file_date}) at midnight. Add a date to set the time.</source>
        <translation>这篇文章没有日期，Jekyll 会使用文件名中的日期（{file_date}），时间为午夜零点。如需指定时间，请添加日期。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="151"/>
        <source>This post has no date, neither in the front matter nor in the file name. Add a date.</source>
        <translation>这篇文章没有日期，头信息和文件名中都没有。请添加日期。</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="61"/>
        <source>The front matter is not valid YAML</source>
        <translation>前言不是有效的 YAML</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="84"/>
        <source>Indented with tabs</source>
        <translation>用制表符缩进</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="85"/>
        <source>A field appears twice</source>
        <translation>字段重复出现</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="68"/>
        <source>No date</source>
        <translation>没有日期</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="69"/>
        <source>A date Jekyll cannot read</source>
        <translation>Jekyll 无法读取的日期</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="74"/>
        <source>A date without a time-zone offset</source>
        <translation>日期没有时区偏移</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="75"/>
        <source>The file name&apos;s date is not the post&apos;s date</source>
        <translation>文件名中的日期与文章日期不一致</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="82"/>
        <source>Not UTF-8</source>
        <translation>不是 UTF-8 编码</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="67"/>
        <source>No title</source>
        <translation>没有标题</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="78"/>
        <source>A layout the site does not have</source>
        <translation>站点中没有的布局</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="79"/>
        <source>Categories Jekyll splits at spaces</source>
        <translation>Jekyll 会按空格拆开的分类</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="70"/>
        <source>File names Jekyll skips</source>
        <translation>Jekyll 会跳过的文件名</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="86"/>
        <source>Dated in the future</source>
        <translation>日期在未来</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="56"/>
        <source>Files that cannot be read</source>
        <translation>无法读取的文件</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="57"/>
        <source>Not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="58"/>
        <source>Links that point outside the site</source>
        <translation>指向站点之外的链接</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="59"/>
        <source>Linked folders</source>
        <translation>链接的文件夹</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="60"/>
        <source>Folder links that loop</source>
        <translation>循环的文件夹链接</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="62"/>
        <source>Front matter that expands without end</source>
        <translation>无限展开的头信息</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="63"/>
        <source>Front matter nested too deeply</source>
        <translation>嵌套过深的头信息</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="64"/>
        <source>Front matter not at the start</source>
        <translation>头信息不在文件开头</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="65"/>
        <source>No front matter</source>
        <translation>没有头信息</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="66"/>
        <source>Empty files</source>
        <translation>空文件</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="71"/>
        <source>An impossible date in the file name</source>
        <translation>文件名中的日期不存在</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="72"/>
        <source>Old Mac line endings</source>
        <translation>旧式 Mac 换行符</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="73"/>
        <source>Values Jekyll reads as Ruby symbols</source>
        <translation>Jekyll 读作 Ruby 符号的值</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="80"/>
        <source>Categories and tags that are not text</source>
        <translation>不是文字的分类和标签</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="81"/>
        <source>Posts built to the same address</source>
        <translation>生成到同一地址的文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="83"/>
        <source>A byte-order mark</source>
        <translation>字节顺序标记（BOM）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="87"/>
        <source>Required fields left empty</source>
        <translation>必填字段为空</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="88"/>
        <source>Read-only files</source>
        <translation>只读文件</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="89"/>
        <source>TOML front matter</source>
        <translation>TOML 格式的头信息</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="90"/>
        <source>JSON front matter</source>
        <translation>JSON 格式的头信息</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="91"/>
        <source>_config.yml</source>
        <translation>_config.yml</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="92"/>
        <source>post_url tags that stop the build</source>
        <translation>导致构建中止的 post_url 标签</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="93"/>
        <source>link tags to missing files</source>
        <translation>指向缺失文件的 link 标签</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="94"/>
        <source>Links to no page of the site</source>
        <translation>指向站内不存在页面的链接</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="95"/>
        <source>Missing pictures</source>
        <translation>缺失的图片</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="169"/>
        <source>Filter problems</source>
        <translation>筛选问题</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="170"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="171"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="172"/>
        <source>Fix…</source>
        <translation>修复…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="173"/>
        <source>Fix All of This Kind…</source>
        <translation>修复全部同类问题…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="175"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="175"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="227"/>
        <source>Checking the whole site…</source>
        <translation>正在检查整个站点…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="269"/>
        <source>Checking the whole site… %1 posts read</source>
        <translation>正在检查整个站点…已读取 %1 篇文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="277"/>
        <source>Stop Checking</source>
        <translation>停止检查</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="277"/>
        <source>Check Whole Site</source>
        <translation>检查整个站点</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="281"/>
        <source>Read every post, as frontdesk check does, for what only the whole site shows: post_url and link tags that stop the build, links to no page, missing pictures, two posts at one address.</source>
        <translation>像 frontdesk check 一样读取每篇文章，找出只有看整个站点才能发现的问题：导致构建中止的 post_url 和 link 标签、指向不存在页面的链接、缺失的图片、生成到同一地址的两篇文章。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/problems/panel.py" line="332"/>
        <source>… and %n more (type in the filter to narrow)</source>
        <translation>
            <numerusform>……另有 %n 条（在筛选框中输入以缩小范围）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/problems/panel.py" line="340"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="340"/>
        <source>No problems</source>
        <translation>没有问题</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="342"/>
        <source>whole site checked at %1</source>
        <translation>整站检查于 %1</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="388"/>
        <source>Fix “%1” in %2</source>
        <translation>修复 %2 中的“%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/problems/panel.py" line="405"/>
        <source>Fix “%1” in %n file(s)</source>
        <translation>
            <numerusform>修复 %n 个文件中的“%1”</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="411"/>
        <source>Separate categories, one per word (what Jekyll reads now)</source>
        <translation>拆成多个分类，每个词一个（即 Jekyll 目前的读法）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="412"/>
        <source>One category each, spaces kept</source>
        <translation>每项保留为一个分类，保留空格</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="415"/>
        <source>Spaces in Categories</source>
        <translation>分类中的空格</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="416"/>
        <source>Jekyll splits these categories at every space. Write them as:</source>
        <translation>Jekyll 会在每个空格处拆开这些分类。写成：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="433"/>
        <source>Fix</source>
        <translation>修复</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="441"/>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="447"/>
        <source>Keep One</source>
        <translation>保留一项</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/problems/panel.py" line="448"/>
        <source>“%1” appears more than once. Keep:</source>
        <translation>“%1”出现了不止一次。保留：</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="21"/>
        <location filename="../../editor_app/ui/prompts.py" line="231"/>
        <source>Unsaved Changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="22"/>
        <source>Save the changes to “%1”?</source>
        <translation>要保存对“%1”的修改吗？</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="23"/>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>如果不保存，你的修改将会丢失。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="38"/>
        <location filename="../../editor_app/ui/prompts.py" line="48"/>
        <source>Move to Trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="40"/>
        <source>Move “%1” to the trash?</source>
        <translation>要把“%1”移到回收站吗？</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="43"/>
        <source>Move %1 posts to the trash?</source>
        <translation>要把 %1 篇文章移到回收站吗？</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="46"/>
        <source>You can restore it from the system trash.</source>
        <translation>之后可以从系统回收站中恢复。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="67"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="68"/>
        <source>Publish “%1”?</source>
        <translation>要发布“%1”吗？</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="70"/>
        <source>The draft moves to _posts, with the date in its file name and in its date field.</source>
        <translation>草稿会移到 _posts，日期写入文件名和 date 字段。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="76"/>
        <source>Publish Now (%1)</source>
        <translation>现在发布（%1）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="81"/>
        <source>Keep Its Date (%1)</source>
        <translation>保留草稿日期（%1）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="99"/>
        <source>Recover Unsaved Changes</source>
        <translation>恢复未保存的修改</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="101"/>
        <source>Frontdesk found unsaved changes to %1 post(s) from a previous session.</source>
        <translation>编辑台发现上次运行时有 %1 篇文章的修改没有保存。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="106"/>
        <source>Restore them? They will open as unsaved edits you can review.</source>
        <translation>要恢复吗？它们会以未保存的修改打开，你可以检查后再保存。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="110"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="150"/>
        <source>Unfinished Change</source>
        <translation>未完成的修改</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="132"/>
        <source>Frontdesk stopped while undoing “%2” in %1 files.</source>
        <translation>编辑台在撤销 %1 个文件中的“%2”时中断了。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="133"/>
        <source>Every file is either still changed or already put back. Finish undoing to put every file back.</source>
        <translation>每个文件要么仍是更改后的样子，要么已经恢复。完成撤销即可把所有文件恢复原样。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="138"/>
        <source>Finish Undo</source>
        <translation>完成撤销</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="140"/>
        <source>Frontdesk stopped while changing %1 files: “%2”.</source>
        <translation>编辑台在修改 %1 个文件时中断了：“%2”。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="141"/>
        <source>Every file is either still as it was or already changed. Finish the change, or undo it to put every file back.</source>
        <translation>每个文件要么保持原样，要么已经修改完毕。可以完成这次修改，或撤销它，让所有文件恢复原样。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="146"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="157"/>
        <location filename="../../editor_app/ui/prompts.py" line="182"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="159"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="172"/>
        <source>Undo Change</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="174"/>
        <source>Undo “%1” in %2 files?</source>
        <translation>在 %2 个文件中撤销“%1”？</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="179"/>
        <source>Files changed since then are left as they are and listed.</source>
        <translation>此后又被改动过的文件会保持原样，并列出来。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="213"/>
        <source>Posts (*.md *.markdown *.html);;All files (*)</source>
        <translation>文章 (*.md *.markdown *.html);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="233"/>
        <source>The pull changes “%1”, which has unsaved edits.</source>
        <translation>这次拉取会改动“%1”，而它有未保存的修改。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="236"/>
        <source>Save first to merge your edits with the team&apos;s. Pulling anyway keeps your edits in the editor, unsaved; saving them later asks what to do with the newer file.</source>
        <translation>先保存，你的修改会与团队的更改合并。直接拉取则你的修改留在编辑器里、保持未保存；之后保存时会询问如何处理更新后的文件。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="243"/>
        <source>Save, Then Pull</source>
        <translation>保存后拉取</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="244"/>
        <source>Pull Anyway</source>
        <translation>仍然拉取</translation>
    </message>
</context>
<context>
    <name>RawFrontMatterEditor</name>
    <message>
        <location filename="../../editor_app/ui/form/raw_front_matter.py" line="132"/>
        <source>Line {0}: </source>
        <translation>第 {0} 行：</translation>
    </message>
</context>
<context>
    <name>RenameOffer</name>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="518"/>
        <source>Rename File?</source>
        <translation>重命名文件？</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="519"/>
        <source>The title or date changed. Rename the file to match?</source>
        <translation>标题或日期已修改。要重命名文件以保持一致吗？</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="521"/>
        <source>From: {0}
To: {1}

The post&apos;s web address may change too.</source>
        <translation>原名：{0}
新名：{1}

文章的网址也可能随之改变。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="525"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="527"/>
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
        <location filename="../../editor_app/ui/panes/sidebar.py" line="89"/>
        <source>Collections</source>
        <translation>集合</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/sidebar.py" line="90"/>
        <source>Archives</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/sidebar.py" line="91"/>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/sidebar.py" line="92"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/sidebar.py" line="93"/>
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/sidebar.py" line="98"/>
        <source>Posts</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/sidebar.py" line="100"/>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/sidebar.py" line="141"/>
        <source>All posts</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/sidebar.py" line="148"/>
        <source>Categories &amp; Tags…</source>
        <translation>分类和标签…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/sidebar.py" line="151"/>
        <source>Rename, merge, delete or split values across the site</source>
        <translation>在整个站点中重命名、合并、删除或拆分这些值</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/sidebar.py" line="200"/>
        <source>Posts in the folder %1, which Jekyll does not read as posts (right-click to remove it from the sidebar)</source>
        <translation>文件夹 %1 中的文章，Jekyll 不会把它们当作文章读取（右键点击可从侧栏移除）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/panes/sidebar.py" line="209"/>
        <location filename="../../editor_app/ui/panes/sidebar.py" line="252"/>
        <source>… %n more</source>
        <translation>
            <numerusform>……还有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/sidebar.py" line="235"/>
        <source>Changed</source>
        <translation>已改动</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/sidebar.py" line="240"/>
        <source>Posts changed since the last commit</source>
        <translation>自上次提交以来改动过的文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/sidebar.py" line="310"/>
        <source>Remove “%1” from the Sidebar</source>
        <translation>从侧栏移除“%1”</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/sidebar.py" line="314"/>
        <source>Add Folder as Archive</source>
        <translation>把文件夹添加为归档</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/sidebar.py" line="321"/>
        <source>Other Folder…</source>
        <translation>其他文件夹…</translation>
    </message>
</context>
<context>
    <name>SlugRule</name>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="58"/>
        <source>Pinyin (你好 → ni-hao)</source>
        <translation>拼音（你好 → ni-hao）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="61"/>
        <source>Keep Chinese characters (你好)</source>
        <translation>保留汉字（你好）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="65"/>
        <source>Date and a number (2024-05-01-1)</source>
        <translation>日期加序号（2024-05-01-1）</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../editor_app/ui/panes/status.py" line="89"/>
        <source>Stop indexing</source>
        <translation>停止建立索引</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/status.py" line="63"/>
        <source>Checking posts…</source>
        <translation>正在检查文章…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/status.py" line="67"/>
        <source>Every post is listed. Frontdesk is still checking them for problems; the problem marks appear in the list as the check goes on.</source>
        <translation>所有文章都已列出。编辑台仍在检查它们的问题；检查进行时，问题标记会陆续出现在列表中。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/status.py" line="125"/>
        <source>%1 posts</source>
        <translation>%1 篇文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/status.py" line="127"/>
        <source>%1 of %2 posts</source>
        <translation>%1 / %2 篇文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/status.py" line="134"/>
        <source>Ln %1, Col %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/status.py" line="140"/>
        <source>%1 chars · %2 words</source>
        <translation>%1 字符 · %2 词</translation>
    </message>
</context>
<context>
    <name>TaxonomyManager</name>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="156"/>
        <source>Categories &amp; Tags</source>
        <translation>分类和标签</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="157"/>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="157"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="183"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="210"/>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="216"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="210"/>
        <source>New name for “%1”:</source>
        <translation>“%1”的新名称：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="216"/>
        <source>The new name is empty.</source>
        <translation>新名称是空的。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="218"/>
        <source>Rename “%1” to “%2”</source>
        <translation>把“%1”重命名为“%2”</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="226"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="226"/>
        <source>Merge the selected values into:</source>
        <translation>把选中的值合并为：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="232"/>
        <source>Merge %1 into “%2”</source>
        <translation>把 %1 合并为“%2”</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="237"/>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="243"/>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="244"/>
        <source>Split “%1” into (separate the parts with commas):</source>
        <translation>把“%1”拆分为（各部分用逗号分隔）：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="252"/>
        <source>Split “%1” into %2</source>
        <translation>把“%1”拆分为 %2</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="259"/>
        <source>Keep spaced %1 as one value</source>
        <translation>把带空格的%1保留为一个值</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="261"/>
        <source>Write spaced %1 as lists</source>
        <translation>把带空格的%1写成列表</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="262"/>
        <source>categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="262"/>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="489"/>
        <source>only the case differs</source>
        <translation>只有大小写不同</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="490"/>
        <source>full-width or half-width</source>
        <translation>全角或半角</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="491"/>
        <source>spaces differ</source>
        <translation>空格不同</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="492"/>
        <source>punctuation differs</source>
        <translation>标点不同</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="493"/>
        <source>traditional or simplified</source>
        <translation>繁体或简体</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="494"/>
        <source>the same text, encoded differently</source>
        <translation>文字相同，编码不同</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="497"/>
        <source>spelled differently</source>
        <translation>拼写不同</translation>
    </message>
</context>
<context>
    <name>TermTable</name>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="92"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="92"/>
        <source>Files</source>
        <translation>文件数</translation>
    </message>
</context>
<context>
    <name>TokenField</name>
    <message>
        <location filename="../../editor_app/ui/form/token_field.py" line="143"/>
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
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="380"/>
        <source>Search values</source>
        <translation>搜索值</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="382"/>
        <source>Show Posts</source>
        <translation>显示文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="383"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="384"/>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="385"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="386"/>
        <source>Split…</source>
        <translation>拆分…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="392"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="392"/>
        <source>Files</source>
        <translation>文件数</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="392"/>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="387"/>
        <source>Merge into Selected Value</source>
        <translation>合并为选中的值</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="393"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="393"/>
        <source>Written</source>
        <translation>写法</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="393"/>
        <source>Jekyll reads</source>
        <translation>Jekyll 读作</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="388"/>
        <source>Write as a List (Same Meaning)</source>
        <translation>写成列表（含义不变）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="389"/>
        <source>Keep as One Value</source>
        <translation>保留为一个值</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="396"/>
        <source>These files give their values as one string with spaces. Jekyll splits such a string into several values. Make that explicit, or keep each string as one value.</source>
        <translation>这些文件把多个值写成一个带空格的字符串，Jekyll 会把它拆成几个值。可以把这一点写明白，或者把每个字符串保留为一个值。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="400"/>
        <source>All Values</source>
        <translation>全部值</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="401"/>
        <source>Suggested Merges</source>
        <translation>建议合并</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="402"/>
        <source>Split by Jekyll</source>
        <translation>被 Jekyll 拆开</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="438"/>
        <source>Suggested Merges (%1)</source>
        <translation>建议合并（%1）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/taxonomy/manager.py" line="441"/>
        <source>Split by Jekyll (%1)</source>
        <translation>被 Jekyll 拆开（%1）</translation>
    </message>
</context>
</TS>
