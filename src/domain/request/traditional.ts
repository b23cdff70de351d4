// Traditional → simplified for the characters that occur in notices and replies (a notice pasted from a
// traditional-character source should read like its simplified form). Not a general converter.
const TRADITIONAL = '並來個們備傷僅價億優儲兒內兩剛創劃劇動務勞勢勵勸區協參員問單圍園圖團報場壓壽學實將專對導層屬帳幫廠廣彈後從復徵愛態慶憑應懷戰戲戶換揮損撫擔據擬擴攜攤敵數斷於時書會東條業構樓標樣橋機檢權歲歷殘殯氣沒況測湧溫滅漁濟災為煙燈爐狀獎獨獲現環產畢當療發盡監盤確碼礎礦禍禮稅種穀積穩窮竊筆節範築簡糧紀約紅純紙級細組結給統經綜維網緊線緣縣縮總績繫續罰習聖聯聲職脫腦膽臨臺與興舉舊莊華葉薦藝藥蘇處號蟲術衛衝補襲見規視親覺觀訂計訊訓記訪設許診詐評詢話該詳誌認誤說誰課調談請諮講謝證識議護讀變讓豐豬負財貢貧貨販貫責貴貸費貼貿賀資賠賣賦質賬賴購贏趕趨跡蹤車軍較載輔輕輛輪輸轉辦辭農這週進運過達違適遲遷選遺還邊邏郵鄉鄭鄰醜醫釋針鈔銀鋪鋼錄錢錦錯鍵鎖鎮鏈鐘鐵長門閃閉開間閘閱闊關陣陰陳陸陽隊階際隨險隱隸隻雙雜雞離難雲電靜韓頁項順須預領頭頻題額顏願類顧風颱飛飯飲飼養餘館馬駐驅驗驚體髮鬧鳳鴨鹽麥麼黃點黨齊齋齒齡龍';
const SIMPLIFIED = '并来个们备伤仅价亿优储儿内两刚创划剧动务劳势励劝区协参员问单围园图团报场压寿学实将专对导层属账帮厂广弹后从复征爱态庆凭应怀战戏户换挥损抚担据拟扩携摊敌数断于时书会东条业构楼标样桥机检权岁历残殡气没况测涌温灭渔济灾为烟灯炉状奖独获现环产毕当疗发尽监盘确码础矿祸礼税种谷积稳穷窃笔节范筑简粮纪约红纯纸级细组结给统经综维网紧线缘县缩总绩系续罚习圣联声职脱脑胆临台与兴举旧庄华叶荐艺药苏处号虫术卫冲补袭见规视亲觉观订计讯训记访设许诊诈评询话该详志认误说谁课调谈请咨讲谢证识议护读变让丰猪负财贡贫货贩贯责贵贷费贴贸贺资赔卖赋质账赖购赢赶趋迹踪车军较载辅轻辆轮输转办辞农这周进运过达违适迟迁选遗还边逻邮乡郑邻丑医释针钞银铺钢录钱锦错键锁镇链钟铁长门闪闭开间闸阅阔关阵阴陈陆阳队阶际随险隐隶只双杂鸡离难云电静韩页项顺须预领头频题额颜愿类顾风台飞饭饮饲养余馆马驻驱验惊体发闹凤鸭盐麦么黄点党齐斋齿龄龙';

const MAP = new Map<string, string>();
for (let i = 0; i < TRADITIONAL.length; i++) MAP.set(TRADITIONAL[i]!, SIMPLIFIED[i]!);
const ANY = new RegExp(`[${TRADITIONAL}]`, 'g');

export function toSimplified(text: string): string {
  return text.replace(ANY, (ch) => MAP.get(ch) ?? ch);
}
