/**
 * The table of real-world junk that web pages and document-sharing sites
 * put around an article. Each rule says why a line goes (the Chinese
 * reason shown in the import notes) and how sure it is:
 *
 * - `line`: the pattern describes the junk line itself (a copyright
 *   footer, a breadcrumb, a 关键词 list); it removes any line it matches
 *   that does not read like an article sentence.
 * - `short`: the pattern is a tell-tale phrase (登录后阅读, 分享到) that
 *   can occur in prose too; it removes only short lines, and marks a long
 *   line that has it for review instead.
 *
 * Patterns are written in simplified Chinese: traditional text is
 * converted before cleanup (unless kept traditional, when the rules match
 * less and more is left for review).
 */
export interface JunkRule {
  id: string;
  reason: string;
  scope: 'line' | 'short';
  pattern: RegExp;
}

const NAV_WORDS = new Set(
  (
    '首页 网站首页 主页 新闻 要闻 时政 理论 评论 观点 图片 视频 专题 党建 社会 国际 国内 经济 财经 文化 教育 科技 体育 旅游 军事 法治 ' +
    '地方 健康 房产 汽车 娱乐 生活 English 登录 注册 搜索 更多 返回 上一页 下一页 尾页 网站地图 联系我们 关于我们 帮助 客服 RSS ' +
    '手机版 繁体 简体 无障碍 范文 范文大全 工作总结 心得体会 思想汇报 演讲稿 发言稿 述职报告 党团范文 文档 文库 资料 下载 会员 个人中心'
  ).split(' '),
);

/** A menu line: three or more short items separated by spaces or bars, mostly navigation words. */
export function isMenuLine(text: string): boolean {
  if (/[。！？；，,]/.test(text)) return false;
  const items = text.split(/[\s|｜·•/>＞»›]+/).filter(Boolean);
  if (items.length < 3 || items.some((item) => [...item].length > 8)) return false;
  return items.filter((item) => NAV_WORDS.has(item)).length * 2 >= items.length;
}

export const JUNK_RULES: readonly JunkRule[] = [
  // Site navigation
  { id: 'breadcrumb', reason: '网站导航（当前位置）', scope: 'line', pattern: /^(?:当前位置|您的位置|您现在的位置|你现在的位置|你的位置|所在位置|位置)[：:]/ },
  { id: 'breadcrumb-home', reason: '网站导航（首页 > …）', scope: 'line', pattern: /^(?:首页|网站首页|主页)\s*(?:[>＞»›/|｜-]|&gt;)/ },
  { id: 'page-links', reason: '网站导航（上一篇、下一篇等）', scope: 'line', pattern: /^[【\[]?(?:上一篇|下一篇|上一页|下一页|上一章|下一章)[】\]]?(?:[：:]|$)/ },
  {
    id: 'nav-phrases',
    reason: '网站导航（返回、推荐阅读等）',
    scope: 'short',
    pattern:
      /^[【\[]?(?:返回顶部|返回首页|返回列表|回到顶部|相关阅读|相关文章|相关新闻|相关推荐|推荐阅读|热门推荐|热点推荐|猜你喜欢|延伸阅读|精彩推荐|点击排行|热门文章|最新文章|查看更多|加载更多|更多>+|打印本页|关闭窗口|打印|关闭|收藏本页|加入收藏|设为首页)[】\]]?/,
  },
  { id: 'font-size', reason: '网站按钮（字号大中小）', scope: 'line', pattern: /^[【\[]?(?:字号|字体|字体大小)[：:]?\s*[大中小\s]+[】\]]?(?:\s*[【\[]?(?:打印|关闭)[】\]]?)*$/ },
  // Login, VIP, payment, app downloads
  { id: 'login', reason: '登录/注册提示', scope: 'line', pattern: /^(?:立即|马上|免费|请)?(?:登录|登陆|注册)(?:\s*[|/／]?\s*(?:登录|登陆|注册))*$/ },
  { id: 'login-to-read', reason: '登录/注册提示', scope: 'short', pattern: /(?:登录|登陆|注册)(?:后|以后)(?:可|才能|即可|方可)?(?:阅读|查看|下载|复制|继续|免费)/ },
  { id: 'vip', reason: '会员/VIP 推销', scope: 'short', pattern: /(?:开通|成为|升级|购买|办理)\s*(?:S?VIP|vip|会员)|(?:S?VIP|vip|会员)(?:专享|免费|特权|折扣|用户|下载|价|可读|可看|全文)/ },
  { id: 'app', reason: 'App 下载推销', scope: 'short', pattern: /(?:下载|打开|安装)\s*(?:APP|App|app|客户端)|(?:APP|App|app|客户端)\s*(?:下载|内打开|阅读|查看|专享)/ },
  { id: 'scan', reason: '扫码/关注公众号推销', scope: 'short', pattern: /扫码|扫一扫|扫描二维码|长按识别|关注(?:微信)?公众号|微信公众号[：:]/ },
  { id: 'read-more', reason: '“阅读全文”类按钮', scope: 'short', pattern: /阅读全文|展开全文|继续阅读|查看全文|全文阅读|剩余\s*\d+(?:\.\d+)?\s*%|还剩\s*\d+\s*页|试读结束|未读完|点击(?:进入|查看|下载|了解|这里|阅读)/ },
  { id: 'download', reason: '文档下载推销', scope: 'short', pattern: /下载券|积分下载|免费下载|立即下载|下载文档|文档下载|下载本文|下载此文档|下载该文档|付费下载|一键下载|下载word|下载WORD|下载Word/ },
  { id: 'doc-share-info', reason: '文档分享网站信息', scope: 'short', pattern: /文档贡献者|上传者|上传时间|上传于|文档页数|页数[：:]\s*\d+|本文档由|该文档由|此文档由|用户上传|文档格式[：:]/ },
  { id: 'takedown', reason: '侵权/转载声明', scope: 'short', pattern: /如有侵权|侵权请联系|侵权必究|侵删|版权归原作者|请联系删除|联系我们删除|转载请注明|未经授权|禁止转载|二次传播|不(?:允许|得)转载/ },
  // Prices
  { id: 'price', reason: '价格', scope: 'short', pattern: /[￥¥]\s*\d+(?:\.\d+)?|(?:原价|现价|售价|价格|特价|限时价|优惠价|折后价)[：:]?\s*[￥¥]?\s*\d|\d+(?:\.\d+)?\s*元\s*(?:\/|每)\s*(?:篇|份|月|年|季|次|本)/ },
  // Copyright, link and licence footers
  { id: 'copyright', reason: '版权声明', scope: 'line', pattern: /^copyright\b|©|\(c\)\s*\d{4}|版权所有|^版权声明$|all rights reserved|保留所有权利/i },
  { id: 'link-address', reason: '链接地址', scope: 'line', pattern: /^[【\[]?(?:链接地址|原文链接|本文链接|原文地址|文章链接|文章地址|网址|来源网址|本文地址|本文标题|原文标题|转载自)[】\]]?[：:]/ },
  { id: 'licence', reason: '网站备案/许可信息', scope: 'line', pattern: /ICP备|ICP证|公网安备|网安备|增值电信业务|新闻信息服务许可|违法和不良信息举报|举报电话|举报邮箱|网络举报/ },
  { id: 'site-footer', reason: '网站页脚', scope: 'line', pattern: /^(?:主办|承办|协办|主管|技术支持|网站维护|联系电话|联系我们|关于我们|网站地图|网站声明|免责声明|隐私政策|使用协议|投稿邮箱|广告服务|合作伙伴|友情链接)(?:[：:\s|｜]|$)/ },
  { id: 'url', reason: '网址', scope: 'line', pattern: /^(?:[\u4E00-\u9FFF]{2,16}[：:]\s*)?(?:https?:\/\/|www\.)\S+$/i },
  // Keyword lists
  { id: 'keywords', reason: '关键词列表', scope: 'line', pattern: /^[【\[]?(?:关键词|关键字|标签|主题词|tags?)[】\]]?[：:\s]/i },
  // Share buttons and counters
  { id: 'share', reason: '分享按钮', scope: 'short', pattern: /^[【\[]?(?:分享到|分享至|分享|转发到|一键分享)[】\]]?(?:[：:]|$|\s)/ },
  { id: 'share-targets', reason: '分享按钮', scope: 'line', pattern: /^(?:(?:微信|微博|新浪微博|QQ空间|QQ好友|QQ|朋友圈|人人网|豆瓣|抖音)[\s|｜/、,，]*){2,}$/ },
  { id: 'buttons', reason: '点赞/收藏等按钮', scope: 'line', pattern: /^(?:(?:点赞|赞|在看|收藏|评论|转发|举报|复制链接|纠错|打赏)\s*[(（]?\d*[)）]?[\s|｜]*){1,}$/ },
  { id: 'counter', reason: '阅读/浏览次数', scope: 'line', pattern: /^(?:阅读|浏览|阅读量|浏览量|阅读数|点击数|点击量|浏览次数|访问量|人气)[：:\s]*\d+/ },
  // Article metadata lines of web pages (the author line under a title is recognised later, so 作者 is not here)
  { id: 'meta', reason: '网页发布信息（来源、编辑、发布时间）', scope: 'line', pattern: /^[（(【\[]?(?:来源|稿件来源|编辑|责任编辑|责编|审核|校对|发布时间|发布日期|更新时间|发表时间)[：:]/ },
  { id: 'editor', reason: '网页发布信息（责任编辑）', scope: 'short', pattern: /[（(【\[](?:责任编辑|责编|编辑)[：:][^)）】\]]*[)）】\]]$/ },
  { id: 'ad', reason: '广告', scope: 'line', pattern: /^[【\[]?(?:广告|推广|赞助商?)[】\]]?$/ },
  // A news page's summary box repeats the article's lead: [摘要] …, 【内容摘要】…
  { id: 'summary', reason: '网页摘要栏', scope: 'line', pattern: /^[【\[](?:内容)?(?:摘要|导读|提要)[】\]]/ },
  // Links to other pages phrased as a searcher's question: 【组织生活会】……怎么写
  { id: 'how-to-link', reason: '相关文章链接', scope: 'short', pattern: /(?:怎么写|如何写|怎样写)(?:[？?]|呢)?$/ },
];
