//! Scraped pages: a government news page with its scripts, styles, menus,
//! breadcrumbs, share and print buttons, related links, comments and footer;
//! and the same content wrapped in JSON, as an API or a scraper returns it.
//! The article's text must come out clean and read; everything else must be
//! gone or marked as skipped, with a warning.

use zhibiao::{normalize, Normalized, WarningCode};

const PAGE: &str = r##"<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>丹徒：以奋进之笔书写“走在前列”答卷_镇江市人民政府</title>
<style type="text/css">body{font-size:14px} .nav li{float:left}</style>
<script type="text/javascript">var _hmt = _hmt || []; if (a < b && c > d) { document.write("<p>广告 99%</p>"); }</script>
<!-- 统计代码 2024 -->
</head>
<body>
<div class="top"><a href="/">设为首页</a> | <a href="#">加入收藏</a> | <a href="/en">English</a></div>
<div class="nav">
  <ul>
    <li><a href="/">首页</a></li>
    <li><a href="/xw">新闻中心</a></li>
    <li><a href="/zwgk">政务公开</a></li>
    <li><a href="/bsfw">办事服务</a></li>
    <li><a href="/hdjl">互动交流</a></li>
  </ul>
</div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xw">新闻</a> &gt; 正文</div>
<div class="crumb2">首页 &gt; 新闻 &gt; 丹徒新闻</div>
<h1>丹徒：以奋进之笔书写“走在前列”答卷</h1>
<div class="info">发布时间：2024-07-12 09:30　来源：镇江日报　浏览次数：<span id="hits">1024</span></div>
<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>
<div class="content">
<p>&nbsp;&nbsp;&nbsp;&nbsp;今年以来，丹徒区工业应税销售75.4亿元，占全区比重13.2%。</p>
<p>&emsp;&emsp;高新技术产业产值同比增长4.5%，新建重大项目开工率达90%。</p>
<p style="text-align:center"><img src="/pic/1.jpg" alt="图片"></p>
<table><tr><td>指标</td><td>数值</td></tr><tr><td>地区生产总值</td><td>301.5亿元</td></tr></table>
<p>（崔宇华　金希童）</p>
</div>
<div class="tools">【打印】【关闭】【字体：大 中 小】</div>
<div class="related">
<h3>相关链接</h3>
<ul>
<li><a href="/1.html">丹徒区召开半年经济运行分析会</a> <span>2024-07-10</span></li>
<li><a href="/2.html">扬中上半年GDP增长3%</a> <span>2024-07-09</span></li>
<li><a href="/3.html">镇江新区“五争一创”推进会召开</a> <span>2024-07-08</span></li>
</ul>
</div>
<div class="comment"><h3>网友评论</h3><p>暂无评论</p></div>
<div class="footer">
<p>主办单位：镇江市人民政府办公室　网站标识码：3211000001</p>
<p>苏ICP备05007156号　苏公网安备 32110202000184号</p>
<p>Copyright &copy; 2024 www.zhenjiang.gov.cn All Rights Reserved</p>
</div>
</body>
</html>"##;

/// The text of the lines of `n` that are read (not skipped).
fn read_lines(n: &Normalized) -> Vec<&str> {
    let t = n.text();
    let mut out = Vec::new();
    let mut pos = 0;
    for line in t.split('\n') {
        if !line.trim().is_empty() && !n.is_skipped(pos + line.len() - line.trim_start().len()) {
            out.push(line);
        }
        pos += line.len() + 1;
    }
    out
}

fn page_furniture(n: &Normalized) -> Vec<&str> {
    n.warnings.iter().filter(|w| w.code == WarningCode::PageFurniture).map(|w| w.message.as_str()).collect()
}

#[test]
fn scraped_page_keeps_only_the_article() {
    let n = normalize(PAGE);
    let t = n.text();
    // Scripts, styles, comments, tags and entities are gone.
    for gone in ["_hmt", "font-size", "广告", "统计代码", "<", "&nbsp;", "&gt;", "&copy;"] {
        assert!(!t.contains(gone), "{gone:?} left in:\n{t}");
    }
    assert_eq!(
        read_lines(&n),
        [
            "丹徒：以奋进之笔书写“走在前列”答卷",
            "今年以来，丹徒区工业应税销售75.4亿元，占全区比重13.2%。",
            "高新技术产业产值同比增长4.5%，新建重大项目开工率达90%。",
            "指标 数值",
            "地区生产总值 301.5亿元",
        ],
        "\n{t}"
    );
    // The page title, in <head>, is gone with it (it repeats the headline).
    assert_eq!(t.matches("以奋进之笔").count(), 1);
}

#[test]
fn scraped_page_furniture_is_skipped_with_warnings() {
    let n = normalize(PAGE);
    let t = n.text();
    for skipped in [
        "设为首页",
        "首页\n\n新闻中心",
        "政务公开",
        "互动交流",
        "首页 > 新闻 > 正文",
        "首页 > 新闻 > 丹徒新闻",
        "发布时间",
        "分享到",
        "（崔宇华 金希童）",
        "【打印】",
        "相关链接",
        "扬中上半年GDP增长3%",
        "网友评论",
        "暂无评论",
        "主办单位",
        "ICP备",
        "Copyright",
    ] {
        let at = t.find(skipped).unwrap_or_else(|| panic!("{skipped:?} not in:\n{t}"));
        assert!(n.is_skipped(at), "{skipped:?} is read:\n{t}");
    }
    let messages = page_furniture(&n);
    for kind in ["site menu", "list of links", "readers' comments", "byline or page furniture"] {
        assert!(messages.iter().any(|m| m.contains(kind)), "no {kind:?} in {messages:#?}");
    }
    // One warning for the menu and one for the list, not one per line.
    assert_eq!(messages.iter().filter(|m| m.contains("list of links")).count(), 2, "{messages:#?}");
    assert_eq!(messages.iter().filter(|m| m.contains("site menu")).count(), 1, "{messages:#?}");
}

#[test]
fn spans_of_the_article_point_into_the_page() {
    let n = normalize(PAGE);
    let units: Vec<u16> = PAGE.encode_utf16().collect();
    for figure in ["75.4亿元", "13.2%", "301.5亿元"] {
        let at = n.text().find(figure).unwrap();
        let span = n.original_span(at..at + figure.len());
        assert_eq!(String::from_utf16_lossy(&units[span.start as usize..span.end as usize]), figure);
    }
}

#[test]
fn json_wrapped_content() {
    let input = r#"{"code":0,"data":{"title":"扬中上半年经济运行情况","source":"扬中日报","url":"http:\/\/www.yz.gov.cn\/a\/1.html","publishTime":"2022-07-20","content":"<p>上半年，扬中实现GDP301.5亿元，同比增长3%。<\/p><p>&nbsp;工业应税销售522.69亿元，同比增长15.7%。<\/p>\n<p>(文\/董本宽 图\/战战顺)<\/p>","views":1024}}"#;
    let n = normalize(input);
    assert_eq!(
        n.text(),
        "扬中上半年经济运行情况\n\n扬中日报\n\n上半年，扬中实现GDP301.5亿元，同比增长3%。\n工业应税销售522.69亿元，同比增长15.7%。\n\n(文/董本宽 图/战战顺)"
    );
    let at = n.text().find("301.5").unwrap();
    let span = n.original_span(at..at + 5);
    let units: Vec<u16> = input.encode_utf16().collect();
    assert_eq!(String::from_utf16_lossy(&units[span.start as usize..span.end as usize]), "301.5");
    let credit = n.text().find("(文/").unwrap();
    assert!(n.is_skipped(credit));
    assert!(n.warnings.iter().any(|w| w.code == WarningCode::EscapesDecoded));
}

#[test]
fn json_escaped_unicode_and_truncated_json() {
    // A scraper that escapes every non-ASCII character.
    let input = r#"{"content":"\u4e0a\u534a\u5e74\u589e\u957f3%\u3002"}"#;
    assert_eq!(normalize(input).text(), "上半年增长3%。");
    // Cut off: not valid JSON, but the escapes are still decoded.
    let cut = r#"{"content":"<p>上半年增长3%<\/p><p>全年目标6%<\/p"#;
    let n = normalize(cut);
    assert!(n.text().contains("上半年增长3%\n全年目标6%"), "{}", n.text());
}
