//! What a line of page furniture looks like, for [`super::furniture`]:
//! bylines and credits, site menus and breadcrumbs, share and print buttons,
//! footers, and the headers that open a list of links.

use super::is_han;
use crate::chars::has;
use crate::word_set::WordSet;
use memchr::memmem;
use std::sync::OnceLock;

/// Lines that start with one of these are furniture.
const LINE_STARTS: &[&str] = &[
    "本报记者",
    "本报讯",
    "本报通讯员",
    "记者 ",
    "通讯员",
    "来源：",
    "来源:",
    "信息来源",
    "责任编辑",
    "编辑：",
    "编辑:",
    "作者：",
    "作者:",
    "文/",
    "图/",
    "本版摄影",
    "摄影：",
    "摄影:",
    "扫一扫",
    "【打印】",
    "【关闭】",
    "【字体",
    "上一篇",
    "下一篇",
    "版权所有",
    "Copyright",
    "copyright",
    "©",
    "当前位置",
    "您的位置",
    "您现在的位置",
    "点击排行",
    "字号：",
    "字号:",
    "发布时间",
    "发布日期",
    "发布机构",
    // The fields a collector or a document page puts above a text (标题 stays: it is the title).
    "发文单位",
    "发文机关",
    "发文时间",
    "发文日期",
    "发文字号",
    "成文日期",
    "索引号",
    "主题分类",
    "来源URL",
    "来源网址",
    "原文链接",
    "原文地址",
    "添加时间",
    "更新时间",
    "浏览次数",
    "阅读次数",
    "点击数",
    "访问量",
    "主办单位",
    "主办：",
    "承办单位",
    "承办：",
    "技术支持",
    "网站标识码",
    "联系电话",
    "联系地址",
    "办公时间",
    "上班时间",
    "您是第",
    "返回顶部",
    "设为首页",
    "加入收藏",
];

/// Lines that hold one of these anywhere are furniture.
const LINE_HOLDS: &[&str] = &["ICP备", "公网安备", "【打印", "【关闭", "【收藏", "【纠错", "【我要纠错"];

/// Headers after which a list of links or buttons follows.
const LIST_HEADERS: &[&str] = &[
    "相关链接",
    "相关新闻",
    "相关阅读",
    "相关文章",
    "相关稿件",
    "推荐阅读",
    "延伸阅读",
    "热点新闻",
    "热门文章",
    "热点推荐",
    "精彩推荐",
    "猜你喜欢",
    "图片新闻",
    "最新新闻",
    "更多新闻",
    "网友评论",
    "发表评论",
    "分享到",
];

/// Words of site menus.
const MENU_WORDS: &[&str] = &[
    "首页",
    "网站首页",
    "新闻中心",
    "政务公开",
    "信息公开",
    "网站地图",
    "联系我们",
    "关于我们",
    "登录",
    "注册",
    "无障碍",
    "English",
    "繁体",
    "简体",
    "互动交流",
    "办事服务",
    "在线办事",
    "返回顶部",
];

/// An item of a menu on one line is at most this many characters.
const MAX_ITEM_CHARS: usize = 10;
/// An entry of a menu written one entry per line is at most this many
/// characters: fewer than most headings of a report.
const MAX_ENTRY_CHARS: usize = 6;
/// A link in a list of links is at most this many characters.
const MAX_LINK_CHARS: usize = 48;

/// Whether the (trimmed) line is a byline, a credit or site furniture.
pub fn is_furniture_line(line: &str) -> bool {
    static HOLDS: OnceLock<Vec<memmem::Finder<'static>>> = OnceLock::new();
    static STARTS: OnceLock<WordSet<'static>> = OnceLock::new();
    let holds = HOLDS.get_or_init(|| LINE_HOLDS.iter().map(memmem::Finder::new).collect());
    // A set, not one comparison per entry: a line's first two characters rule out nearly all of them.
    let starts = STARTS.get_or_init(|| WordSet::new(LINE_STARTS.iter().copied()));
    starts.prefixes(line).next().is_some()
        // Each of LINE_HOLDS has a 备 or a 【, which memchr finds at once in a line without them.
        || ((has(line, '备') || has(line, '【')) && holds.iter().any(|f| f.find(line.as_bytes()).is_some()))
        || is_name_list(line)
        // A site's visit counter, its number on a line of its own: `74367782 位访客`.
        || line.ends_with("位访客")
}

/// Whether the line opens a list of links: `相关链接：`, `分享到：`, `网友评论`.
pub fn is_list_header(line: &str) -> bool {
    LIST_HEADERS.iter().any(|h| line.starts_with(h)) && line.chars().count() <= 16
}

/// Whether the line can be an item of a list of links: a title, not a sentence.
pub fn is_link_item(line: &str) -> bool {
    line.chars().count() <= MAX_LINK_CHARS && !line.ends_with(['。', '！', '？', '：', ':'])
}

/// Whether the line is a menu on one line: `首页 | 新闻 | 政务公开`, or short
/// items separated by spaces among which is a menu word.
pub fn is_menu_line(line: &str) -> bool {
    // Every character but the separators is in some item, so what rules an item out rules the line out:
    // a prose line goes at its first comma, without being split.
    if !item_chars_only(line) {
        return false;
    }
    let bars: Vec<&str> = line.split(['|', '｜', '丨', '│']).map(str::trim).collect();
    if bars.len() >= 3 && bars.iter().all(|i| is_item(i)) {
        return true;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    words.len() >= 3 && words.iter().all(|w| is_item(w)) && words.iter().any(|w| MENU_WORDS.contains(w))
}

/// Whether the line can be one entry of a menu written one entry per line.
pub fn is_menu_item(line: &str) -> bool {
    is_item(line) && line.chars().count() <= MAX_ENTRY_CHARS
}

/// Whether the line is a menu word.
pub fn is_menu_word(line: &str) -> bool {
    MENU_WORDS.contains(&line)
}

/// Punctuation that no menu item holds.
const NOT_IN_ITEMS: [char; 9] = ['，', '。', '；', '：', ',', ';', ':', '、', '%'];

/// A short piece without sentence punctuation or digits (a table row is not a menu).
fn is_item(s: &str) -> bool {
    let n = s.chars().count();
    (1..=MAX_ITEM_CHARS).contains(&n) && item_chars_only(s) && !super::wraps::starts_like_heading(s)
}

/// Whether `s` holds no sentence punctuation and no digit (a table row is not a menu).
fn item_chars_only(s: &str) -> bool {
    !s.contains(NOT_IN_ITEMS) && !s.chars().any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
}

/// `首页 > 新闻 > 正文`: short parts separated by `>`, starting at the home page
/// or with three parts or more.
pub fn is_breadcrumb(line: &str) -> bool {
    if !has_separator(line) {
        return false;
    }
    let parts: Vec<&str> = line.split(SEPARATORS).map(str::trim).collect();
    parts.len() >= 2
        && parts.iter().all(|p| (1..=16).contains(&p.chars().count()))
        && (parts.len() >= 3 || parts[0].ends_with("首页"))
}

/// What separates the parts of a breadcrumb.
const SEPARATORS: [char; 5] = ['>', '＞', '»', '›', '→'];

/// Whether `line` holds one of [`SEPARATORS`]: `>` (3E), `＞` (EF BC 9E), `»` (C2 BB), `›` (E2 80 BA),
/// `→` (E2 86 92). Most lines hold none, which memchr shows without decoding them (every line of a text
/// is asked).
fn has_separator(line: &str) -> bool {
    let b = line.as_bytes();
    let after = |i: usize, n: usize| b.get(i + 1..i + 1 + n).unwrap_or(&[]);
    memchr::memchr3_iter(b'>', 0xC2, 0xE2, b).any(|i| match b[i] {
        b'>' => true,
        0xC2 => after(i, 1) == [0xBB],
        _ => matches!(after(i, 2), [0x80, 0xBA] | [0x86, 0x92]),
    }) || memchr::memchr_iter(0xEF, b).any(|i| after(i, 2) == [0xBC, 0x9E])
}

/// `(崔宇华 金希童)`, `（文/董本宽 图/战战顺）`: names in parentheses, nothing else.
pub fn is_name_list(s: &str) -> bool {
    let inner = s.strip_prefix(['(', '（']).and_then(|r| r.strip_suffix([')', '）']));
    inner.is_some_and(|inner| {
        let names: Vec<&str> = inner.split([' ', '/', '、']).filter(|n| !n.is_empty()).collect();
        let han = |n: &&str| n.chars().all(|c| is_han(c) || c == '·');
        (inner.contains(' ') || inner.contains('/'))
            && !names.is_empty()
            && names.iter().all(han)
            && names.iter().all(|n| (1..=6).contains(&n.chars().count()))
    })
}

/// Byte offset in `line` of a byline closing a paragraph: `……。(崔宇华 金希童)`.
pub fn trailing_credit(line: &str) -> Option<usize> {
    let t = line.trim_end();
    if !t.ends_with([')', '）']) {
        return None;
    }
    let open = t.rfind(['(', '（'])?;
    (open > 0 && t[..open].ends_with(['。', '！', '”']) && is_name_list(&t[open..])).then_some(open)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_are_found_by_their_bytes_and_nothing_else() {
        for c in (0..=0xFFFFu32).chain([0x1_0000, 0x2_0000]).filter_map(char::from_u32) {
            for line in [c.to_string(), format!("首页{c}"), format!("{c}新闻")] {
                assert_eq!(has_separator(&line), SEPARATORS.contains(&c), "{line:?}");
            }
        }
    }

    #[test]
    fn every_separator_and_footer_phrase_is_looked_for() {
        for sep in ['>', '＞', '»', '›', '→'] {
            assert!(is_breadcrumb(&format!("首页{sep}新闻{sep}正文")), "{sep}");
        }
        for phrase in LINE_HOLDS {
            assert!(has(phrase, '备') || has(phrase, '【'), "{phrase}");
            assert!(is_furniture_line(&format!("版权所有 {phrase}")), "{phrase}");
        }
    }

    #[test]
    fn every_line_start_is_looked_for() {
        for start in LINE_STARTS {
            assert!(is_furniture_line(&format!("{start}张三")), "{start}");
            // Only at the start of a line (【打印】 and 【关闭】 are furniture anywhere: LINE_HOLDS).
            if !LINE_HOLDS.iter().any(|hold| start.contains(hold)) {
                assert!(!is_furniture_line(&format!("全年{start}")), "{start}");
            }
        }
    }

    #[test]
    fn menus_and_breadcrumbs() {
        assert!(is_menu_line("首页 | 新闻中心 | 政务公开 | 办事服务"));
        assert!(is_menu_line("网站首页 新闻 政务公开 互动交流"));
        assert!(is_breadcrumb("首页 > 新闻 > 正文"));
        assert!(is_breadcrumb("首页>丹徒新闻"));
        assert!(is_breadcrumb("当前位置：首页 > 新闻 > 正文"));
        // Seed titles: short phrases separated by spaces, but no menu word.
        assert!(!is_menu_line("紧扣需求 一线服务 提档加速 助力赋能"));
        assert!(!is_menu_line("争当先锋 筑牢堡垒 激发磅礴伟力的开启之年"));
        assert!(!is_breadcrumb("a<b 且 c>d"));
        assert!(!is_breadcrumb("增长5%>3%"));
        // A table row is not a menu.
        assert!(!is_menu_line("地区生产总值 | 301.5亿元 | 3%"));
    }

    #[test]
    fn credits() {
        assert!(is_name_list("(崔宇华 金希童)"));
        assert!(is_name_list("（文/董本宽 图/战战顺）"));
        assert!(!is_name_list("(扩大)"));
        assert!(!is_name_list("(市、区)"));
        assert_eq!(trailing_credit("保障群众生命财产安全。(崔宇华 金希童)"), Some(33));
    }
}
