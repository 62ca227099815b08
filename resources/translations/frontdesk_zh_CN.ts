<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../editor_app/ui/app.py" line="116"/>
        <source>Unexpected Error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/app.py" line="118"/>
        <source>Something went wrong inside Frontdesk. Your posts were not changed by this error; unsaved edits are kept in the recovery journal.</source>
        <translation>编辑台内部出了问题。这个错误没有改动你的文章；未保存的修改保存在恢复日志中。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/app.py" line="125"/>
        <source>Details were written to %1</source>
        <translation>详细信息已写入 %1</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="240"/>
        <source>File Changed on Disk</source>
        <translation>文件已在磁盘上被修改</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="252"/>
        <source>“{0}” was changed by another program after you opened it.

Reload it to see the other change (your unsaved edits are dropped), or overwrite it with your version (the other change is lost). Compare them first if you are not sure.</source>
        <translation>打开“{0}”之后，另一个程序修改了它。

重新载入可看到对方的修改（你未保存的编辑会被丢弃）；用你的版本覆盖则对方的修改会丢失。如果拿不准，请先对比两者。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="262"/>
        <source>Compare Side by Side</source>
        <translation>并排对比</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="264"/>
        <source>Reload Theirs</source>
        <translation>载入磁盘上的版本</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="265"/>
        <source>Overwrite with Mine</source>
        <translation>用我的版本覆盖</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="266"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="278"/>
        <source>Mine (not saved)</source>
        <translation>我的（未保存）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="279"/>
        <source>On disk now (theirs)</source>
        <translation>磁盘上的当前版本（对方）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/dialogs.py" line="350"/>
        <source>%n line(s) differ.</source>
        <translation>
            <numerusform>%n 行不同。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="353"/>
        <source>The texts are the same; only the file&apos;s date or encoding changed.</source>
        <translation>文本相同，只是文件的修改时间或编码变了。</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../../editor_app/ui/form/date_edit.py" line="56"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/date_edit.py" line="57"/>
        <source>Set to the current time in the site&apos;s time zone</source>
        <translation>设为站点时区的当前时间</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/date_edit.py" line="143"/>
        <source>The post&apos;s offset from UTC ({0})</source>
        <translation>文章相对 UTC 的时差（{0}）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/date_edit.py" line="146"/>
        <source>The date has no offset, so Jekyll reads it in the site&apos;s time zone ({0})</source>
        <translation>日期没有写时差，Jekyll 会按站点时区（{0}）理解它</translation>
    </message>
</context>
<context>
    <name>EditorArea</name>
    <message>
        <location filename="../../editor_app/ui/panes/editor_area.py" line="50"/>
        <source>Select a post in the list, or press Ctrl+N to write a new one.</source>
        <translation>在列表中选择一篇文章，或按 Ctrl+N 写一篇新文章。</translation>
    </message>
</context>
<context>
    <name>FieldsTable</name>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="126"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="126"/>
        <location filename="../../editor_app/ui/form/fields_table.py" line="146"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="144"/>
        <source>New field</source>
        <translation>新字段</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="147"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="148"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="149"/>
        <source>Remove the selected field from the post</source>
        <translation>从文章中移除所选字段</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="151"/>
        <location filename="../../editor_app/ui/form/fields_table.py" line="230"/>
        <source>None. Add a field below.</source>
        <translation>无。可在下方添加字段。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="230"/>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="266"/>
        <source>The post already has a field called “{0}”.</source>
        <translation>文章中已有名为“{0}”的字段。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="269"/>
        <source>Field names cannot contain “:” or “#” or start with “-”.</source>
        <translation>字段名不能包含“:”或“#”，也不能以“-”开头。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="298"/>
        <source>A list or group of values, written as YAML</source>
        <translation>以 YAML 书写的列表或一组值</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="301"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="303"/>
        <source>A date: YYYY-MM-DD</source>
        <translation>日期：YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/fields_table.py" line="325"/>
        <source>“{0}” was not changed: {1}</source>
        <translation>“{0}”没有修改：{1}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../editor_app/ui/body/find_bar.py" line="35"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/body/find_bar.py" line="38"/>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/body/find_bar.py" line="39"/>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/body/find_bar.py" line="40"/>
        <source>Whole words</source>
        <translation>全词匹配</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/body/find_bar.py" line="41"/>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/body/find_bar.py" line="41"/>
        <source>Find previous (Shift+Enter)</source>
        <translation>查找上一个（Shift+Enter）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/body/find_bar.py" line="42"/>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/body/find_bar.py" line="42"/>
        <source>Find next (Enter)</source>
        <translation>查找下一个（Enter）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/body/find_bar.py" line="43"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/body/find_bar.py" line="43"/>
        <source>Replace this match</source>
        <translation>替换当前匹配</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/body/find_bar.py" line="45"/>
        <source>Replace All</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/body/find_bar.py" line="45"/>
        <source>Replace every match (one undo step)</source>
        <translation>替换所有匹配（可一步撤销）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/body/find_bar.py" line="47"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/body/find_bar.py" line="156"/>
        <location filename="../../editor_app/ui/body/find_bar.py" line="207"/>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/body/find_bar.py" line="162"/>
        <source>Wrapped</source>
        <translation>已从头继续</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/body/find_bar.py" line="209"/>
        <source>%1+ matches</source>
        <translation>%1+ 处匹配</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/body/find_bar.py" line="211"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 处匹配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/body/find_bar.py" line="259"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>已替换 %n 处</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="470"/>
        <source>Cannot Open Folder</source>
        <translation>无法打开文件夹</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="533"/>
        <source>Open Site Folder</source>
        <translation>打开站点文件夹</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="130"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="155"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="131"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="132"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="136"/>
        <source>&amp;New Post…</source>
        <translation>新建文章(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="144"/>
        <source>Create a new post</source>
        <translation>新建一篇文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="148"/>
        <source>&amp;Open Folder…</source>
        <translation>打开文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="158"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="169"/>
        <source>Re&amp;vert to Saved</source>
        <translation>还原到已保存(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="180"/>
        <source>D&amp;uplicate Post</source>
        <translation>复制文章(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="191"/>
        <source>Reveal in File &amp;Manager</source>
        <translation>在文件管理器中显示(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="201"/>
        <source>Move to &amp;Trash…</source>
        <translation>移到回收站(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="220"/>
        <source>&amp;Close Window</source>
        <translation>关闭窗口(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="228"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="237"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="247"/>
        <source>&amp;Replace…</source>
        <translation>替换(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="256"/>
        <source>Save Automatically When &amp;Switching Posts</source>
        <translation>切换文章时自动保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="264"/>
        <source>Search &amp;Posts</source>
        <translation>搜索文章(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="273"/>
        <source>Go to Post &amp;List</source>
        <translation>转到文章列表(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="281"/>
        <source>Go to &amp;Title</source>
        <translation>转到标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="289"/>
        <source>Go to &amp;Body</source>
        <translation>转到正文(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="297"/>
        <source>Show &amp;Sidebar</source>
        <translation>显示侧栏(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="306"/>
        <source>Show &amp;Preview</source>
        <translation>显示预览(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="316"/>
        <source>Soft &amp;Wrap</source>
        <translation>自动换行(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="322"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="325"/>
        <source>Follow &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="333"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="341"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="347"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="679"/>
        <source>Indexing…</source>
        <translation>正在建立索引…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="679"/>
        <source>Building search…</source>
        <translation>正在建立全文搜索…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="710"/>
        <source>Indexing stopped: %1</source>
        <translation>索引已停止：%1</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="776"/>
        <source>The language changes the next time Frontdesk starts.</source>
        <translation>界面语言将在下次启动编辑台时生效。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="784"/>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="788"/>
        <source>Frontdesk</source>
        <translation>编辑台</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="133"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="99"/>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="353"/>
        <source>&amp;System Language</source>
        <translation>跟随系统语言(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="363"/>
        <source>&amp;Rescan Site</source>
        <translation>重新扫描站点(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="372"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="379"/>
        <source>&amp;About Frontdesk</source>
        <translation>关于编辑台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="411"/>
        <source>No Recent Sites</source>
        <translation>没有最近打开的站点</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="414"/>
        <source>Clear Menu</source>
        <translation>清除菜单</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/help.py" line="28"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="212"/>
        <source>Move the selected posts to the trash (in the post list)</source>
        <translation>把所选文章移到回收站（在文章列表中）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="384"/>
        <source>Open the previous / next post (in the post list)</source>
        <translation>打开上一篇 / 下一篇文章（在文章列表中）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/main_window.py" line="385"/>
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
        <location filename="../../editor_app/ui/form/metadata_form.py" line="94"/>
        <source>Post title</source>
        <translation>文章标题</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="103"/>
        <source>Add a category…</source>
        <translation>添加分类…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="104"/>
        <source>Add a tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="106"/>
        <source>Default from _config.yml</source>
        <translation>默认取自 _config.yml</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="107"/>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="278"/>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="126"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="127"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="128"/>
        <source>&amp;Layout:</source>
        <translation>布局(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="129"/>
        <source>&amp;Categories:</source>
        <translation>分类(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="130"/>
        <source>T&amp;ags:</source>
        <translation>标签(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="131"/>
        <source>&amp;Permalink:</source>
        <translation>固定链接(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="132"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="133"/>
        <source>E&amp;xcerpt:</source>
        <translation>摘要(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="138"/>
        <source>Other fields</source>
        <translation>其他字段</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="149"/>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="150"/>
        <source>Raw Front Matter</source>
        <translation>原始头信息</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="263"/>
        <source>Default: {0}</source>
        <translation>默认：{0}</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="271"/>
        <source>Draft (in the _drafts folder)</source>
        <translation>草稿（在 _drafts 文件夹中）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="274"/>
        <source>Posts in the _drafts folder are drafts. Move the file to _posts to publish it.</source>
        <translation>_drafts 文件夹中的文章是草稿。把文件移到 _posts 即可发布。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="280"/>
        <source>Unchecked writes “published: false”: Jekyll then skips the post.</source>
        <translation>取消勾选会写入“published: false”，Jekyll 将跳过这篇文章。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="300"/>
        <source>(see Other fields)</source>
        <translation>（见“其他字段”）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="313"/>
        <source>From the file name. Changing it adds a “date” field to the post.</source>
        <translation>取自文件名。修改它会在文章中添加“date”字段。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="316"/>
        <source>(no date)</source>
        <translation>（无日期）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="339"/>
        <source>This post is shown read-only: {0}
Frontdesk will not change it. Edit the file in a text editor, or fix the cause and open it again.</source>
        <translation>这篇文章以只读方式显示：{0}
编辑台不会修改它。请用文本编辑器编辑该文件，或解决问题后重新打开。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="347"/>
        <source>The front matter has a mistake on line {0}. Fix it in the Raw Front Matter tab; the fields come back when it is valid.</source>
        <translation>头信息第 {0} 行有错误。请在“原始头信息”页中修正，修正后表单字段会恢复。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="352"/>
        <source>The front matter is not valid. Fix it in the Raw Front Matter tab; the fields come back when it is valid.</source>
        <translation>头信息无效。请在“原始头信息”页中修正，修正后表单字段会恢复。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="360"/>
        <source>This file has no front matter, so Jekyll copies it as it is. Add a front matter block (between --- lines) in a text editor to make it a post.</source>
        <translation>这个文件没有头信息，Jekyll 会原样复制它。要让它成为文章，请用文本编辑器添加头信息（放在两行 --- 之间）。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="396"/>
        <source>The form cannot change this front matter: {0}
Use the Raw Front Matter tab instead.</source>
        <translation>表单无法修改这段头信息：{0}
请改用“原始头信息”页。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="405"/>
        <source>“{0}” could not be changed: {1}</source>
        <translation>无法修改“{0}”：{1}</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/form/metadata_form.py" line="481"/>
        <source>Fix the raw front matter first</source>
        <translation>请先修正原始头信息</translation>
    </message>
</context>
<context>
    <name>NewPostDialog</name>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="74"/>
        <source>New Post</source>
        <translation>新建文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="79"/>
        <source>What is the post called?</source>
        <translation>文章叫什么名字？</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="89"/>
        <source>Add a category…</source>
        <translation>添加分类…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="91"/>
        <source>Add a tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="94"/>
        <source>Draft (saved in _drafts, not published)</source>
        <translation>草稿（保存在 _drafts，不发布）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="98"/>
        <source>Pinyin (你好 → ni-hao)</source>
        <translation>拼音（你好 → ni-hao）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="99"/>
        <source>Keep Chinese characters (你好)</source>
        <translation>保留汉字（你好）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="100"/>
        <source>Date and a number (2024-05-01-1)</source>
        <translation>日期加序号（2024-05-01-1）</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="113"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="114"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="115"/>
        <source>&amp;Layout:</source>
        <translation>布局(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="116"/>
        <source>&amp;Categories:</source>
        <translation>分类(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="117"/>
        <source>T&amp;ags:</source>
        <translation>标签(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="119"/>
        <source>File &amp;name from:</source>
        <translation>文件名依据(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="120"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="126"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="156"/>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
</context>
<context>
    <name>PostActions</name>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="67"/>
        <location filename="../../editor_app/ui/window/post_actions.py" line="69"/>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="109"/>
        <location filename="../../editor_app/ui/window/post_actions.py" line="246"/>
        <source>Cannot Open Post</source>
        <translation>无法打开文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="120"/>
        <source>Restored unsaved edits; the file changed on disk since — review before saving.</source>
        <translation>已恢复未保存的修改；但文件此后在磁盘上被改过，请检查后再保存。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="127"/>
        <source>Restored unsaved edits to the body; the front matter edits no longer fit the file.</source>
        <translation>已恢复正文中未保存的修改；头信息的修改已不适用于当前文件。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="132"/>
        <source>Restored unsaved edits.</source>
        <translation>已恢复未保存的修改。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="153"/>
        <source>Reloaded: the file changed on disk.</source>
        <translation>已重新载入：文件在磁盘上被修改过。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="164"/>
        <source>Read-Only Post</source>
        <translation>只读文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="165"/>
        <source>This post cannot be edited.</source>
        <translation>这篇文章不能编辑。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="170"/>
        <source>Fix the Front Matter First</source>
        <translation>请先修正头信息</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="181"/>
        <source>Could Not Save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="186"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="232"/>
        <source>Could Not Rename</source>
        <translation>无法重命名</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="270"/>
        <source>Could Not Create Post</source>
        <translation>无法创建文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="284"/>
        <source>Could Not Duplicate</source>
        <translation>无法复制</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/window/post_actions.py" line="307"/>
        <source>Could Not Move to Trash</source>
        <translation>无法移到回收站</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/window/post_actions.py" line="311"/>
        <source>Moved %n post(s) to the trash.</source>
        <translation>
            <numerusform>已将 %n 篇文章移到回收站。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostListModel</name>
    <message>
        <location filename="../../editor_app/ui/panes/post_list.py" line="89"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/post_list.py" line="90"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/post_list.py" line="91"/>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/post_list.py" line="92"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/post_list.py" line="93"/>
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/post_list.py" line="94"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/post_list.py" line="247"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/post_list.py" line="249"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/post_list.py" line="251"/>
        <source>Not checked yet: its problems show once the check reaches it.</source>
        <translation>尚未检查：检查到这篇文章后会显示它的问题。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/panes/post_list.py" line="253"/>
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n 个问题：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/panes/post_list.py" line="268"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>……还有 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostListPane</name>
    <message>
        <location filename="../../editor_app/ui/panes/post_list.py" line="438"/>
        <source>Search titles and text</source>
        <translation>搜索标题和正文</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../editor_app/ui/preview/pane.py" line="112"/>
        <location filename="../../editor_app/ui/preview/pane.py" line="294"/>
        <source>Remote images blocked</source>
        <translation>已阻止远程图片</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/preview/pane.py" line="113"/>
        <source>Load for this post</source>
        <translation>为这篇文章载入</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/preview/pane.py" line="115"/>
        <source>Fetch images and other files from the internet for this post only</source>
        <translation>仅为这篇文章从网络获取图片等文件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/preview/pane.py" line="292"/>
        <source>Remote images blocked (%n item(s))</source>
        <translation>
            <numerusform>已阻止远程图片（%n 项）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../editor_app/ui/panes/post_list.py" line="307"/>
        <location filename="problem_templates.py" line="85"/>
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
        <source>This file is saved as {encoding}, not UTF-8, so Jekyll will show garbled text and Frontdesk will not change it. Open it in a text editor and save it as UTF-8.</source>
        <translation>这个文件以 {encoding} 编码保存，而不是 UTF-8，Jekyll 会显示乱码，编辑台也不会修改它。请用文本编辑器打开并另存为 UTF-8。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="13"/>
        <source>This file starts with an invisible byte-order mark (BOM), which some tools mistake for text before the front matter. Save it as “UTF-8 without BOM”.</source>
        <translation>这个文件开头有一个看不见的字节顺序标记（BOM），有些工具会把它当成头信息前的文字。请另存为“UTF-8 无 BOM”。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="17"/>
        <source>This file is read-only, so changes to it cannot be saved. Make it writable (in its properties or permissions) to edit it.</source>
        <translation>这个文件是只读的，修改无法保存。请在文件属性或权限中把它设为可写，再进行编辑。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="21"/>
        <source>This post uses {kind} front matter, which Frontdesk shows but cannot edit yet.</source>
        <translation>这篇文章使用 {kind} 格式的头信息，编辑台可以显示，但暂时不能编辑。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="24"/>
        <source>This post uses {kind} front matter, which Frontdesk shows but cannot edit yet. Jekyll does not read {kind} front matter; convert it to YAML (--- lines).</source>
        <translation>这篇文章使用 {kind} 格式的头信息，编辑台可以显示，但暂时不能编辑。Jekyll 不读取 {kind} 头信息，请把它改写为 YAML（用 --- 行包围）。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="28"/>
        <source>Line {line} is indented with a tab. YAML allows only spaces for indentation; replace the tab with spaces.</source>
        <translation>第 {line} 行用制表符缩进。YAML 只允许用空格缩进，请把制表符换成空格。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="32"/>
        <source>The field “{key}” appears twice (lines {first} and {line}). Jekyll keeps only the last one; delete the line you do not want.</source>
        <translation>字段“{key}”出现了两次（第 {first} 行和第 {line} 行）。Jekyll 只保留最后一个，请删除不需要的那一行。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="36"/>
        <source>This post and {others} are both published at /{url}, so one will overwrite the other. Change the title, date or permalink of one of them.</source>
        <translation>这篇文章和 {others} 都发布到 /{url}，其中一篇会覆盖另一篇。请修改其中一篇的标题、日期或固定链接。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="40"/>
        <source>This file is empty. Write the post, or move the file to the trash.</source>
        <translation>这个文件是空的。请写入文章内容，或把文件移到回收站。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="43"/>
        <source>This file has no front matter, so Jekyll guesses its title and date from the file name. Add a title and a date at the top, between two --- lines.</source>
        <translation>这个文件没有头信息，Jekyll 会根据文件名猜测标题和日期。请在文件开头的两行 --- 之间添加标题和日期。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="47"/>
        <source>The layout “{layout}” does not exist, so the page is shown without it. Choose one of: {known}.</source>
        <translation>布局“{layout}”不存在，页面会在没有布局的情况下显示。请从这些布局中选一个：{known}。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="51"/>
        <source>The title is empty. Type a title for this post.</source>
        <translation>标题是空的。请为这篇文章输入标题。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="52"/>
        <source>This post has no title. Add one.</source>
        <translation>这篇文章没有标题。请添加一个标题。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="53"/>
        <source>The date is empty, which stops Jekyll from building the site. Set the date, for example 2024-05-01 12:00:00 +0800.</source>
        <translation>日期是空的，这会导致 Jekyll 无法生成网站。请填写日期，例如 2024-05-01 12:00:00 +0800。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="57"/>
        <source>Jekyll skips this post because its file name does not start with a date. Rename it like {example}.</source>
        <translation>这篇文章的文件名不是以日期开头，Jekyll 会跳过它。请把它改名为类似 {example} 的名字。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="61"/>
        <source>The layout “{layout}” (set by defaults in _config.yml) does not exist, so the page is shown without it. Add _layouts/{layout}.html or change the default. Layouts: {known}.</source>
        <translation>布局“{layout}”（由 _config.yml 中的默认设置指定）不存在，页面会在没有布局的情况下显示。请添加 _layouts/{layout}.html，或修改默认设置。现有布局：{known}。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="65"/>
        <source>The file name says {file_date} but the date field says {date}. Rename the file to {suggested} or correct the date.</source>
        <translation>文件名中的日期是 {file_date}，但日期字段是 {date}。请把文件改名为 {suggested}，或修改日期。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="69"/>
        <source>This post is dated in the future ({date}). The site does not publish future posts (future is off in _config.yml), so it stays hidden until then.</source>
        <translation>这篇文章的日期在未来（{date}）。网站不发布未来日期的文章（_config.yml 中的 future 已关闭），所以在那之前它不会显示。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="73"/>
        <source>The date “{value}” is not a date Jekyll understands, which stops it from building the site. Write it like 2024-05-01 12:00:00 +0800.</source>
        <translation>Jekyll 无法识别日期“{value}”，这会导致它无法生成网站。请按 2024-05-01 12:00:00 +0800 的格式填写。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="77"/>
        <source>This post has no date, so Jekyll uses the date in its file name ({file_date}) at midnight. Add a date to set the time.</source>
        <translation>这篇文章没有日期，Jekyll 会使用文件名中的日期（{file_date}），时间为午夜零点。如需指定时间，请添加日期。</translation>
    </message>
    <message>
        <location filename="problem_templates.py" line="81"/>
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
        <location filename="../../editor_app/ui/prompts.py" line="63"/>
        <source>Recover Unsaved Changes</source>
        <translation>恢复未保存的修改</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="65"/>
        <source>Frontdesk found unsaved changes to %1 post(s) from a previous session.</source>
        <translation>编辑台发现上次运行时有 %1 篇文章的修改没有保存。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="70"/>
        <source>Restore them? They will open as unsaved edits you can review.</source>
        <translation>要恢复吗？它们会以未保存的修改打开，你可以检查后再保存。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/prompts.py" line="74"/>
        <source>Restore</source>
        <translation>恢复</translation>
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
        <location filename="../../editor_app/ui/dialogs.py" line="385"/>
        <source>Rename File?</source>
        <translation>重命名文件？</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="386"/>
        <source>The title or date changed. Rename the file to match?</source>
        <translation>标题或日期已修改。要重命名文件以保持一致吗？</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="388"/>
        <source>From: {0}
To: {1}

The post&apos;s web address may change too.</source>
        <translation>原名：{0}
新名：{1}

文章的网址也可能随之改变。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="392"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/dialogs.py" line="394"/>
        <source>Keep Current Name</source>
        <translation>保留原名</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../editor_app/ui/panes/sidebar.py" line="74"/>
        <source>Collections</source>
        <translation>集合</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/sidebar.py" line="75"/>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/sidebar.py" line="76"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/sidebar.py" line="77"/>
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/sidebar.py" line="82"/>
        <source>Posts</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/sidebar.py" line="84"/>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/sidebar.py" line="105"/>
        <source>All posts</source>
        <translation>全部文章</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor_app/ui/panes/sidebar.py" line="154"/>
        <source>… %n more</source>
        <translation>
            <numerusform>……还有 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../editor_app/ui/panes/status.py" line="60"/>
        <source>Stop indexing</source>
        <translation>停止建立索引</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/status.py" line="64"/>
        <source>Checking posts…</source>
        <translation>正在检查文章…</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/status.py" line="68"/>
        <source>Every post is listed. Frontdesk is still checking them for problems; the problem marks appear in the list as the check goes on.</source>
        <translation>所有文章都已列出。编辑台仍在检查它们的问题；检查进行时，问题标记会陆续出现在列表中。</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/status.py" line="106"/>
        <source>%1 posts</source>
        <translation>%1 篇文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/status.py" line="108"/>
        <source>%1 of %2 posts</source>
        <translation>%1 / %2 篇文章</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/status.py" line="114"/>
        <source>Ln %1, Col %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <location filename="../../editor_app/ui/panes/status.py" line="119"/>
        <source>%1 chars · %2 words</source>
        <translation>%1 字符 · %2 词</translation>
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
</TS>
